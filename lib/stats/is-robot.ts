import robots from "./robots.json";

// One expression for the whole list, built once: a request is checked with a single scan.
const ROBOT = new RegExp(robots.patterns.map((pattern) => `(?:${pattern})`).join("|"), "i");

// Whether a request's User-Agent is a robot's, crawler's or script's, whose requests are not
// use (COUNTER Release 5). A missing or empty header counts as a robot: browsers always send one.
export function isRobot(userAgent: string | null | undefined): boolean {
  const value = userAgent?.trim() ?? "";
  return value === "" || ROBOT.test(value);
}
