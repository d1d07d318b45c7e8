// A resource's value for showing, or undefined once its request failed: reading a failed resource throws its
// error into whatever renders it, blanking the page. The page shows the failure itself (ErrorNotice reads `.error`).
// A frame-wide ErrorBoundary would catch these too, but Solid's boundary lands in the phone's entry chunk.
import type { Resource } from 'solid-js';

export function settled<T>(resource: Resource<T>): T | undefined {
  return resource.error ? undefined : resource.latest;
}
