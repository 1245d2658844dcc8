/**
 * Storage that never throws. In a frame sandboxed without `allow-same-origin`, and
 * under some privacy settings, merely reading `window.localStorage` throws a
 * SecurityError; a full quota makes `setItem` throw. The explainer must work the
 * same without storage, so every failure reads as "nothing stored".
 */

export function readStored(key: string): string | undefined {
  try {
    return window.localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Nothing to do: the choice simply is not remembered.
  }
}
