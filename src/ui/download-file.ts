// Revoked a minute later, not at once: some browsers (and iOS share sheets) start reading the Blob
// only after the click has returned.
const REVOKE_AFTER_MS = 60_000;

/**
 * Offers `content` as a file download, made on the phone: a Blob URL on a temporary link, so
 * nothing is sent anywhere.
 */
export function downloadFile(fileName: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
