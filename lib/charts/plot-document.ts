import { parseHTML } from "linkedom";

// A server-side DOM for Observable Plot to draw into (it needs createElementNS and friends).
export function plotDocument(): Document {
  return parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
}
