// What stays of a withdrawn resource: its description and address (so citations still lead
// somewhere), when and why it was withdrawn, and no files.
export function Tombstone({ withdrawnAt, reason, library }: { withdrawnAt: Date | null; reason: string | null; library: string }) {
  return (
    <div className="tombstone" role="note" data-testid="tombstone">
      <p>
        <strong>This resource has been withdrawn</strong>
        {withdrawnAt ? <> on <time dateTime={withdrawnAt.toISOString()}>{withdrawnAt.toISOString().slice(0, 10)}</time></> : null} by the {library} library.
      </p>
      {reason ? <p data-testid="status-reason">Withdrawn: {reason}</p> : null}
      <p>Its files are no longer available. This page stays so that citations and links to it still lead somewhere.</p>
    </div>
  );
}
