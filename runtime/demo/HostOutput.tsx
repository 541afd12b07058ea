/**
 * What the demo host received (the payload, a rating, a correction), shown under the form for the browser tests to
 * read by id (`#payload`, `#rating`) and for a person trying the demo to see. Nothing until something arrived.
 */
export function HostOutput({ id, heading, text }: { id: string; heading: string; text: string | null }) {
  if (text === null) return null;
  return (
    <section className="demo-payload" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <pre id={id} tabIndex={0}>
        {text}
      </pre>
    </section>
  );
}
