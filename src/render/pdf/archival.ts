// PDF/A-2u (ISO 19005-2, level U) and PDF/UA-1 (ISO 14289-1) identification of Harbor's PDFs.
//
// - XMP metadata (ISO 19005-2 §6.6): an uncompressed XMP packet in the catalog's /Metadata with
//   pdfaid:part 2 / conformance U, pdfuaid:part 1, and the same title, author, subject, keywords,
//   creator tool, producer and dates as the Info dictionary (§6.6.3: they must agree). The
//   fingerprint is in pdf:Keywords (as in Info) and in harbor:Fingerprint; pdfuaid and harbor are
//   not predefined XMP schemas, so the packet describes them in a PDF/A extension schema (§6.6.2.3).
// - Output intent (§6.2.3): GTS_PDFA1 with the sRGB profile shipped in assets/icc (the pages use
//   DeviceGray only, which any output intent allows).
// - Trailer /ID (§6.1.3): two equal 16-byte strings derived from the fingerprint and the Harbor
//   version, so the same case still gives the same bytes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import type { DocumentMeta } from '../../model/types.js';
import { rootUrl } from '../../paths.js';
import { literal, ref, type PdfWriter } from './writer.js';

const ICC_FILE = rootUrl('assets/icc/sRGB.icc');
let icc: Uint8Array | undefined;

/** The shipped sRGB profile, Flate-compressed (read and compressed once per process). */
function srgbProfile(): Uint8Array {
  icc ??= new Uint8Array(deflateSync(readFileSync(ICC_FILE)));
  return icc;
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** What the Info dictionary says, for the XMP packet to say the same. */
export interface InfoFields {
  title: string;
  author?: string;
  subject?: string;
  keywords: string;
  creator: string;
  producer: string;
  /** yyyy-mm-dd; the dates are that day at 00:00 UTC. */
  date: string;
  meta: DocumentMeta;
}

/** The XMP packet (ISO 16684-1) for the PDF/A-2u and PDF/UA-1 identification. */
export function xmpPacket(f: InfoFields): string {
  const when = `${f.date}T00:00:00Z`;
  const e = xmlEscape;
  const alt = (s: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${e(s)}</rdf:li></rdf:Alt>`;
  const property = (name: string, type: string, description: string) =>
    `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${name}</pdfaProperty:name><pdfaProperty:valueType>${type}</pdfaProperty:valueType><pdfaProperty:category>internal</pdfaProperty:category><pdfaProperty:description>${description}</pdfaProperty:description></rdf:li>`;
  const schema = (name: string, uri: string, prefix: string, props: string) =>
    `<rdf:li rdf:parseType="Resource"><pdfaSchema:schema>${name}</pdfaSchema:schema><pdfaSchema:namespaceURI>${uri}</pdfaSchema:namespaceURI><pdfaSchema:prefix>${prefix}</pdfaSchema:prefix><pdfaSchema:property><rdf:Seq>${props}</rdf:Seq></pdfaSchema:property></rdf:li>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"',
    ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"',
    ' xmlns:harbor="https://harbor.invalid/ns/provenance/1.0/"',
    ' xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"',
    ' xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"',
    ' xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
    '<pdfaid:part>2</pdfaid:part>',
    '<pdfaid:conformance>U</pdfaid:conformance>',
    '<pdfuaid:part>1</pdfuaid:part>',
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(f.title)}</dc:title>`,
    f.author !== undefined ? `<dc:creator><rdf:Seq><rdf:li>${e(f.author)}</rdf:li></rdf:Seq></dc:creator>` : '',
    f.subject !== undefined ? `<dc:description>${alt(f.subject)}</dc:description>` : '',
    `<pdf:Keywords>${e(f.keywords)}</pdf:Keywords>`,
    `<pdf:Producer>${e(f.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${e(f.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${when}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${when}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${when}</xmp:MetadataDate>`,
    `<harbor:Kind>${e(f.meta.kind)}</harbor:Kind>`,
    `<harbor:TemplateVersion>${e(f.meta.templateVersion)}</harbor:TemplateVersion>`,
    `<harbor:HarborVersion>${e(f.meta.harborVersion)}</harbor:HarborVersion>`,
    `<harbor:Fingerprint>${e(f.meta.fingerprint)}</harbor:Fingerprint>`,
    '<pdfaExtension:schemas><rdf:Bag>',
    schema('PDF/UA identification schema', 'http://www.aiim.org/pdfua/ns/id/', 'pdfuaid', property('part', 'Integer', 'Part of ISO 14289 the file conforms to')),
    schema(
      'Harbor provenance',
      'https://harbor.invalid/ns/provenance/1.0/',
      'harbor',
      property('Kind', 'Text', 'Document kind') +
        property('TemplateVersion', 'Text', 'Template version') +
        property('HarborVersion', 'Text', 'Harbor version') +
        property('Fingerprint', 'Text', 'SHA-256 prefix of the kind, template version and case'),
    ),
    '</rdf:Bag></pdfaExtension:schemas>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ]
    .filter((l) => l !== '')
    .join('\n');
}

/**
 * Write the XMP packet (uncompressed, as ISO 19005 readers expect to find it) and the sRGB profile;
 * returns the catalog's /Metadata and /OutputIntents entries and the trailer's /ID entry.
 */
export function writeArchival(w: PdfWriter, f: InfoFields): { catalog: string; trailer: string } {
  const metadata = w.stream(w.ref(), ' /Type /Metadata /Subtype /XML', Buffer.from(xmpPacket(f), 'utf8'));
  const icc = w.stream(w.ref(), ' /N 3 /Filter /FlateDecode', srgbProfile());
  const srgb = literal('sRGB IEC61966-2.1');
  const intent = `<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier ${srgb} /Info ${srgb} /RegistryName ${literal('http://www.color.org')} /DestOutputProfile ${ref(icc)} >>`;
  const id = createHash('sha256').update(`harbor-pdf-id\u0000${f.meta.fingerprint}\u0000${f.meta.harborVersion}`).digest('hex').slice(0, 32);
  return { catalog: ` /Metadata ${ref(metadata)} /OutputIntents [${intent}]`, trailer: `/ID [ <${id}> <${id}> ]` };
}
