// The document route's Accept header read as RFC 9110 writes it (src/http/accept.ts): § 12.4.2's
// q-values (0 to 1, at most three decimals), § 12.5.1's media ranges (parameters before the weight
// are the type's; after it, RFC 7231 § 5.3.2's accept-ext, passed over), and the most specific range
// deciding a type's weight. Before, negotiator's parseFloat took `q=1.5` as a weight and the
// parameters after a weight as the type's, so `application/pdf;q=0.5;level=1` was answered 406.
import { describe, expect, it } from 'vitest';
import { preferred } from '../../src/http/accept.js';
import { CONTENT_TYPES } from '../../src/pipeline.js';
import { harness, rfaCase } from './helpers.js';

const PDF = CONTENT_TYPES.pdf;
const DOCX = CONTENT_TYPES.docx;

/** What the header chooses: 'pdf', 'docx', 'neither', or `bad <range> <value>` for a weight that is no q-value. */
function choice(accept: string): string {
  const r = preferred(accept, [PDF, DOCX]);
  if ('bad' in r) return `bad ${r.bad.range} ${r.bad.value}`;
  return r.type === PDF ? 'pdf' : r.type === DOCX ? 'docx' : 'neither';
}

describe('Accept (RFC 9110 § 12.5.1, § 12.4.2)', () => {
  it.each([
    // Weights: 0 to 1, at most three decimals; anything else is named, not taken.
    ['application/pdf;q=1.5', 'bad application/pdf 1.5'],
    ['application/pdf;q=1.0001', 'bad application/pdf 1.0001'],
    ['application/pdf;q=0.0001', 'bad application/pdf 0.0001'],
    ['application/pdf;q=.5', 'bad application/pdf .5'],
    ['application/pdf;q=-0', 'bad application/pdf -0'],
    ['application/pdf;q="0.5"', 'bad application/pdf "0.5"'],
    ['application/pdf;q=', 'bad application/pdf '],
    ['application/pdf;q=1e0', 'bad application/pdf 1e0'],
    [`text/html;q=2, ${PDF}`, 'bad text/html 2'],
    ['application/pdf;q=1.000', 'pdf'],
    ['application/pdf;q=1.', 'pdf'],
    ['application/pdf;q=0.001', 'pdf'],
    ['application/pdf;q=0', 'neither'],
    ['application/pdf;q=0.000', 'neither'],
    // Parameters after the weight say nothing of the type; before it, they name a variant no format is.
    ['application/pdf;q=0.5;level=1', 'pdf'],
    [`application/pdf;q=0.5;level=1, ${DOCX};q=0.4`, 'pdf'],
    [`application/pdf;q=0.5;ext="a,b;c", ${DOCX};q=0.6;x`, 'docx'],
    ['application/pdf;q=0.5;q=7', 'pdf'],
    ['application/pdf;q=0.5;1=a', 'pdf'], // a parameter named by a number after the weight (an object's keys would put it first)
    ['application/pdf;level=1', 'neither'],
    ['application/pdf;level=1;q=0.5', 'neither'],
    [`application/pdf;x="a,b";q=0.9, ${DOCX};q=0.1`, 'docx'],
    // Spaces, case, empty parameters and list elements (§ 5.6.1, § 5.6.6).
    ['application/pdf ; Q=0.5', 'pdf'],
    ['APPLICATION/PDF', 'pdf'],
    [`application/pdf;;q=0.2,, ${DOCX} ;q=0.3`, 'docx'],
    ['', 'neither'],
    ['garbage', 'neither'],
    ['*/pdf', 'neither'],
    // The most specific range decides a type's weight; then the heavier, the more specific, the first in the header, PDF.
    [`${DOCX};q=0, */*`, 'pdf'],
    ['*/*, application/pdf;q=0', 'docx'],
    [`application/*;q=0.2, ${DOCX};q=0.1`, 'pdf'],
    [`application/*, ${DOCX}`, 'docx'],
    [`${DOCX}, application/pdf`, 'docx'],
    [`application/pdf, ${DOCX}`, 'pdf'],
    ['*/*', 'pdf'],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'pdf'],
    [`application/pdf;q=0, application/pdf;q=0.5, ${DOCX};q=0.4`, 'pdf'],
  ])('%j: %s', (accept, expected) => {
    expect(choice(accept)).toBe(expected);
  });

  // Why neither: what the 406 says a client should change (before, every one was "allows neither").
  it.each([
    ['application/pdf;level=1;q=0.5', { variant: 'application/pdf;level=1', refused: [] }],
    [`text/html, ${DOCX};version="1.0" ;q=0.9`, { variant: `${DOCX};version="1.0"`, refused: [] }],
    ['application/pdf;q=0, */*;charset=x', { variant: '*/*;charset=x', refused: [PDF] }],
    ['application/pdf;q=0', { refused: [PDF] }],
    ['*/*;q=0', { refused: [PDF, DOCX] }],
    ['text/html', { refused: [] }],
    ['', { refused: [] }],
  ])('%j allows neither: %j', (accept, none) => {
    expect(preferred(accept, [PDF, DOCX])).toEqual({ type: undefined, none });
  });

  describe('over HTTP', () => {
    const { agent } = harness();
    it('a 406 says why neither format: a parameter before the weight, a weight of 0, or neither named', async () => {
      const detail = async (accept: string): Promise<string> => {
        const r = await agent.post('/v1/documents/rfa').set('Accept', accept).send(rfaCase());
        expect(r.status, accept).toBe(406);
        return String(r.body.detail);
      };
      expect(await detail('application/pdf;level=1;q=0.5')).toBe(
        `The Accept header asks for application/pdf;level=1: a parameter before the weight names a variant of the type, and Harbor sends ${PDF} or ${DOCX} with no parameter, so the range matches neither (RFC 9110 § 12.5.1); drop the parameter (one after q= is passed over), or use ?format=pdf|docx`,
      );
      expect(await detail('*/*;q=0')).toBe(`The Accept header refuses ${PDF} and ${DOCX} with q=0 and allows no other format Harbor makes; give one a weight above 0 (${PDF} or ${DOCX}), or use ?format=pdf|docx`);
      expect(await detail('text/html')).toBe(`The Accept header names neither ${PDF} nor ${DOCX}, nor a range holding one (application/* or */*): Harbor makes only those two; ask for one, or use ?format=pdf|docx`);
    });

    it('a weight past 1 is 406 naming it; parameters after a weight still give the format asked for', async () => {
      const over = await agent.post('/v1/documents/rfa').set('Accept', 'application/pdf;q=1.5').send(rfaCase());
      expect(over.status).toBe(406);
      expect(over.body.detail).toBe('The Accept header gives application/pdf the weight q=1.5, which is no weight: a q-value is a number from 0 to 1 with at most three decimals (RFC 9110 § 12.4.2), like q=0.8; or use ?format=pdf|docx');
      const ext = await agent.post('/v1/documents/rfa').set('Accept', `application/pdf;q=0.5;level=1, ${DOCX};q=0.4`).send(rfaCase()).buffer(true);
      expect(ext.status).toBe(200);
      expect(ext.headers['content-type']).toBe(PDF);
    });
  });
});
