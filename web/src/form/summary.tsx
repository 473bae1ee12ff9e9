// The summary panel: the computed values that matter to the person filling this kind of document,
// as the server's check computes them. Every value is read defensively: a kind may add or move a
// computed value, and the panel then shows what it still finds.
import { useEffect, useState, type ReactElement } from 'react';
import { rfaAge } from './ages.js';
import { deadlineHeading, deadlineLine, dueLabels } from './countdown.js';
import { agreedRateLines, agreedWeeksPaidByDay, ATTESTATION_WORDS, federalOnlyRateLines, grossLineParts, instantInWords, inWords, longDate, weeksMixJobs, worksheetRateLines } from './words.js';
import { emptyFields, type Json } from './schema.js';
import { Disclosure } from './disclosure.js';
import { Cited } from './cited.js';

type Computed = Record<string, unknown>;

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : undefined);
const get = (o: unknown, ...path: string[]): unknown => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), o);

function dollars(cents: unknown): string {
  const c = num(cents);
  return c === undefined ? '—' : (c / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });
}

/** Whether the panel stands beside the form (app.css: one column up to 60rem). */
const WIDE = (): boolean => typeof matchMedia !== 'function' || !matchMedia('(max-width: 60rem)').matches;

/**
 * What the check says is still to find out for this case (the RFA's `stillToFindOut`: only the
 * fields that apply to it, those OTIP needs now first, by their labels), as the draft's PDF lists
 * them. Without it (a check that gave none), every empty field of the form. The form's own walk
 * listed every empty field of the schema, ~80 on a new draft, among them fields that do not apply
 * ("Why the request comes after 24 hours" with the deadline hours away).
 */
function stillToFindOut(c: Computed): { now: string[]; later: string[] } | undefined {
  const labels = (v: unknown): string[] | undefined =>
    Array.isArray(v) ? v.flatMap((x) => (typeof get(x, 'label') === 'string' ? [get(x, 'label') as string] : [])) : undefined;
  const now = labels(get(c.stillToFindOut, 'now'));
  const later = labels(get(c.stillToFindOut, 'later'));
  return now && later ? { now, later } : undefined;
}

function Rfa({ c, schema, data }: { c: Computed; schema: Json; data: unknown }): ReactElement {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);
  const due = typeof c.dueAt === 'string' ? Date.parse(c.dueAt) : NaN;
  // A Part B draft (computed.submittedAt): Part A's submission, not a countdown.
  const submitted = typeof c.submittedAt === 'string' ? Date.parse(c.submittedAt) : NaN;
  const partB = !Number.isNaN(submitted);
  // No requester zone: the server's dueAt is at the offset written in preparedAt, shown as such.
  const tz = typeof c.timeZone === 'string' ? c.timeZone : null;
  const missing = stillToFindOut(c) ?? { now: [], later: emptyFields(schema, data) };
  const ages = rfaAge(c);
  // Which clock the due and submission times are on, as the draft's box names it (countdown.ts).
  const labels = dueLabels(c);
  return (
    <>
      <h3 id="deadline-heading">{deadlineHeading(c)}</h3>
      <p className="countdown" id="countdown">
        {Number.isNaN(due) ? '—' : deadlineLine(due, Number.isNaN(submitted) ? null : submitted, now)}
      </p>
      <dl>
        {/* A Part B's deadline was Part A's: said as past, with the submission beside it. */}
        <dt id="due-local-label">{labels.due}</dt>
        <dd id="due-local">{instantInWords(c.dueAt, tz)}</dd>
        <dt>{partB ? 'Part A was due, Eastern time' : 'Due, Eastern time'}</dt>
        <dd id="due-eastern">{instantInWords(c.dueAtEastern ?? c.dueAt, 'America/New_York', false)}</dd>
        {partB && (
          <>
            <dt>{labels.submitted}</dt>
            <dd id="submitted-local">{instantInWords(c.submittedAt, tz)}</dd>
          </>
        )}
        {ages.age !== undefined && (
          <>
            <dt>Child’s age</dt>
            <dd id="rfa-age">{ages.age}</dd>
          </>
        )}
        {ages.daysUntil18 !== undefined && (
          <>
            <dt>Days until 18</dt>
            <dd id="rfa-days">{ages.daysUntil18}</dd>
          </>
        )}
      </dl>
      {/* No zone, and the U.S. clocks change before the deadline: the draft's "Clock change" row
          (computed.clockChange: which deadline, which to go by), then its why (clockChangeWhy), as the
          draft prints them; in one paragraph of about twelve lines the deadline to go by was lost. */}
      {typeof c.clockChange === 'string' && (
        <>
          <p id="clock-change">
            <strong>Clock change:</strong> {c.clockChange}
          </p>
          {typeof c.clockChangeWhy === 'string' && <p id="clock-change-why">{c.clockChangeWhy}</p>}
        </>
      )}
      {tz === null && <p>The requester’s time zone is not given: the requester’s time and the child’s age use the UTC offset written in the preparation time.</p>}
      {missing.now.length + missing.later.length === 0 ? (
        <>
          <h3>Still to find out</h3>
          <p>Nothing: every field is filled in.</p>
        </>
      ) : (
        // Open beside the form; closed on a narrow screen, where the panel stands above the form and
        // the list (up to 13 lines) pushed the form a screen further down.
        <Disclosure className="missing" open={WIDE()} summary={<h3>Still to find out ({missing.now.length + missing.later.length})</h3>}>
          {missing.now.length > 0 && (
            <>
              <p className="missing-group">Needed now, for OTIP:</p>
              <ul>
                {missing.now.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </>
          )}
          {missing.later.length > 0 && (
            <>
              {missing.now.length > 0 && <p className="missing-group">Later:</p>}
              <ul>
                {missing.later.slice(0, 12).map((m) => (
                  <li key={m}>{m}</li>
                ))}
                {missing.later.length > 12 && <li>and {missing.later.length - 12} more</li>}
              </ul>
            </>
          )}
        </Disclosure>
      )}
    </>
  );
}

function TVisa({ c }: { c: Computed }): ReactElement {
  return (
    <dl>
      <dt>
        <Cited text="Minor exemption (8 CFR 214.202(c)(1))" />
      </dt>
      <dd id="minor-exemption">{c.minorExemption === true ? `Yes: under 18 at an act (youngest age ${String(c.minAgeAtAct ?? '?')})` : c.minorExemption === false ? 'No' : '—'}</dd>
      <dt>Attestation</dt>
      <dd id="attestation">
        <Cited text={inWords(c.attestation, ATTESTATION_WORDS)} />
      </dd>
      {typeof c.attestationText === 'string' && (
        <>
          <dt>Attestation text</dt>
          <dd>{c.attestationText}</dd>
        </>
      )}
      {num(c.ageAtSigning) !== undefined && (
        <>
          <dt>Age at signing</dt>
          <dd>{String(c.ageAtSigning)}</dd>
        </>
      )}
    </dl>
  );
}

/**
 * A figure's lines, each in words, under it (none: nothing): open beside the form, closed on a narrow
 * screen, where the panel stands above the form and the worksheet's first field must stay within two
 * screens (tests/web/fit.test.ts), as "Still to find out" is.
 */
function LinesOf({ id, lines }: { id: string; lines: { label: string; parts: string }[] }): ReactElement | null {
  if (lines.length === 0) return null;
  return (
    <dd>
      <Disclosure open={WIDE()} summary={lines.length === 1 ? 'Its line' : `Its ${lines.length} lines`}>
        <ul id={id}>
          {lines.map((line, i) => (
            <li key={i}>
              <bdi>{line.label}</bdi>: {line.parts}
            </li>
          ))}
        </ul>
      </Disclosure>
    </dd>
  );
}

function Restitution({ c, data }: { c: Computed; data: unknown }): ReactElement {
  const typed = get(data, 'grossIncome');
  const computedLines = get(c, 'grossIncome', 'lines');
  // Each G line in words; where commercial sex acts are added apart (not pooled), theirs go under
  // "Added", as G does not count them.
  const lines =
    Array.isArray(typed) && Array.isArray(computedLines) && typed.length === computedLines.length
      ? computedLines.map((l, i) => ({ sex: get(l, 'incomeFrom') === 'commercial-sex-acts', ...grossLineParts((typed[i] ?? {}) as Record<string, unknown>, (l ?? {}) as Record<string, unknown>, dollars) }))
      : [];
  const f = get(c, 'laborValue', 'flsaCents') ?? get(c, 'flsa', 'totalCents');
  const g = get(c, 'laborValue', 'grossIncomeCents') ?? get(c, 'grossIncome', 'totalCents');
  const agreed = agreedRateLines(c.weeks);
  const byDay = agreedWeeksPaidByDay(c.weeks);
  const sexAdded = typeof c.commercialSexAddedCents === 'number' && c.commercialSexAddedCents > 0;
  const several = worksheetRateLines(c);
  const federal = federalOnlyRateLines(c);
  return (
    <dl>
      <dt>F: FLSA value</dt>
      <dd id="amount-f">{dollars(f)}</dd>
      <dt>G: gross income or value to the defendant</dt>
      <dd id="amount-g">{dollars(g)}</dd>
      {/* Each line's parts as typed and what they make (words.ts grossLineParts): G's total alone
          did not let the person check a monthly line's months and figure (review, round r55). */}
      <LinesOf id="gross-lines" lines={lines.filter((l) => !(sexAdded && l.sex))} />
      <dt>L: losses</dt>
      <dd id="amount-l">{dollars(get(c, 'losses', 'totalCents'))}</dd>
      {/* The gross income from commercial sex acts, added to the labor's value (18 U.S.C. § 1593(b)(3);
          0 where the case pools it with the labor's G): the total counts it, and without it the
          summary's total was more than the sum it named (review, round r54: the example's $3,600.00). */}
      {sexAdded && (
        <>
          <dt>Added: gross income from commercial sex acts</dt>
          <dd id="amount-sex">{dollars(c.commercialSexAddedCents)}</dd>
          <LinesOf id="sex-lines" lines={lines.filter((l) => l.sex)} />
        </>
      )}
      <dt>{sexAdded ? 'Total (L + commercial sex acts + the greater of F and G)' : 'Total (L + the greater of F and G)'}</dt>
      <dd id="amount-total">{dollars(c.totalCents)}</dd>
      {/* The weeks valued on an agreed rate, closed by default: a period of years has hundreds. */}
      {agreed.length > 0 && (
        <>
          {/* Beside a period paid by the day, its hours too (words.ts agreedRateLines). */}
          <dt>{byDay ? 'Hours at each agreed rate and by the day' : 'Hours at each agreed rate'}</dt>
          <dd>
            <Disclosure id="agreed-rate-weeks" summary={`${agreed.length === 1 ? '1 week' : `${agreed.length} weeks`} valued on an agreed rate${byDay ? ' and day-rate pay' : ''}`}>
              <ul>
                {agreed.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </Disclosure>
          </dd>
        </>
      )}
      {/* The worksheet's own lines of weeks of several rates, word for word, under one heading:
          those under its workweek table (computed.rateLines) and, with state rates, those under
          its figure without them (computed.federalOnlyRateLines, a week across a federal raise).
          One heading of one line: on a phone the summary stands above the form, and a heading of
          its own for the second list (four lines) put the worksheet example's first field past two
          screens (tests/web/fit.test.ts). */}
      {several.length + federal.length > 0 && (
        <>
          <dt>Weeks of more than one rate{weeksMixJobs(c) ? ' or job' : ''}</dt>
          <dd>
            {several.length > 0 && (
              <Disclosure id="several-rate-weeks" summary={`${several.length === 1 ? '1 line' : `${several.length} lines`} under the workweek table`}>
                <ul>
                  {several.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </Disclosure>
            )}
            {federal.length > 0 && (
              <Disclosure id="federal-rate-weeks" summary={`${federal.length === 1 ? '1 line' : `${federal.length} lines`} under the figure without state minimum wages`}>
                <ul>
                  {federal.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </Disclosure>
            )}
          </dd>
        </>
      )}
    </dl>
  );
}

function Memo({ c }: { c: Computed }): ReactElement {
  // Computed from an estimated date of birth, the age, the days and the birthday are estimates, and
  // say so as the memo does.
  const est = c.dateOfBirthEstimated === true ? ' (estimated)' : '';
  const shown = (v: unknown): string => (v === undefined || v === null ? '—' : `${String(v)}${est}`);
  return (
    <dl>
      <dt>Child’s age</dt>
      <dd id="memo-age">{shown(c.ageAtMemo)}</dd>
      <dt>Days until 18</dt>
      <dd id="memo-days">{shown(c.daysUntil18)}</dd>
      {typeof c.eighteenthBirthday === 'string' && (
        <>
          <dt>18th birthday</dt>
          <dd id="memo-18th">{shown(longDate(c.eighteenthBirthday))}</dd>
        </>
      )}
    </dl>
  );
}

/** The panel: `stale` when the last check failed, and `computed` is from the one before it. */
export function Summary({ kind, computed, stale = false, schema, data }: { kind: string; computed: Computed | undefined; stale?: boolean; schema: Json; data: unknown }): ReactElement {
  if (!computed) return <p>The summary appears once the case passes its checks.</p>;
  return (
    <>
      {stale && (
        <p className="stale" id="summary-stale">
          <strong>Not up to date:</strong> the last check failed, so these are the values of the check before your latest changes.
        </p>
      )}
      <KindSummary kind={kind} computed={computed} schema={schema} data={data} />
    </>
  );
}

function KindSummary({ kind, computed, schema, data }: { kind: string; computed: Computed; schema: Json; data: unknown }): ReactElement {
  switch (kind) {
    case 'rfa':
      return <Rfa c={computed} schema={schema} data={data} />;
    case 't-visa-declaration':
      return <TVisa c={computed} />;
    case 'restitution-worksheet':
      return <Restitution c={computed} data={data} />;
    case 'best-interests-memo':
      return <Memo c={computed} />;
    default:
      return <p>Checked.</p>;
  }
}
