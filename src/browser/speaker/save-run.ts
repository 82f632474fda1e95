/**
 * Saving a rehearsal run: always as a download (rehearsals/<date-time>.json, which works from disk
 * and from any server; the speaker moves it into the project's rehearsals/), and, when `npm run
 * present` serves the deck, straight into the project's rehearsals/ through its upload endpoint.
 */
import { LIVE } from '../../core/contract.ts';
import { rehearsalFileName, type Rehearsal } from '../../core/rehearsal.ts';

export function downloadRun(run: Rehearsal): string {
  const name = rehearsalFileName(run.date);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([`${JSON.stringify(run, null, 2)}\n`], { type: 'application/json' }));
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return name;
}

/** Posts the run to the presenting server; resolves to what to tell the speaker. */
export async function uploadRun(run: Rehearsal, token: string): Promise<string> {
  try {
    const response = await fetch(new URL(LIVE.rehearsalPath, location.href), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(run),
    });
    const answer = (await response.json().catch(() => ({}))) as { file?: string; error?: string };
    return response.ok ? `saved on the presenting laptop as ${answer.file ?? 'a file in rehearsals/'}` : `not saved on the laptop: ${answer.error ?? response.statusText}`;
  } catch (error) {
    return `not saved on the laptop: ${(error as Error).message}`;
  }
}
