// Polls `what` every half second until it gives a value, or fails after `seconds` (for what
// the app does in the background, such as the worker's processing).
export async function until<T>(what: () => Promise<T | null | undefined>, seconds: number): Promise<T> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const value = await what();
    if (value) return value;
    if (Date.now() > end) throw new Error(`not within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
