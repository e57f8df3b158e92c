// One place that writes success and error messages into a page's live regions, so screen readers
// announce every outcome (polite for success, assertive for errors) in the same way.
import { buildElement } from './build-element';

export interface StatusRegions {
  /** `role="status"`: outcomes that need no action. */
  status: HTMLElement;
  /** `role="alert"`: failures, with the exact problems as a list. */
  alert: HTMLElement;
}

/** Shows a success message and clears any previous error. */
export function showStatus(regions: StatusRegions, message: string): void {
  regions.alert.replaceChildren();
  regions.status.textContent = message;
}

/** Shows an error with its problems (each one line, as the validator wrote it). */
export function showError(
  regions: StatusRegions,
  message: string,
  problems: readonly string[] = [],
): void {
  const doc = regions.alert.ownerDocument;
  regions.status.replaceChildren();
  regions.alert.replaceChildren(buildElement(doc, 'strong', {}, message));
  if (problems.length)
    regions.alert.append(
      buildElement(doc, 'ul', {}, ...problems.map((line) => buildElement(doc, 'li', {}, line))),
    );
}
