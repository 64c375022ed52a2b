import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderBarChart } from "@/lib/charts/bar-chart";
import { SERIES_STYLE } from "@/lib/charts/chart-series";
import { finishSvg } from "@/lib/charts/finish-svg";
import { renderLineChart } from "@/lib/charts/line-chart";
import { usageBarChart, usageLineChart } from "@/lib/charts/stats-charts";

const HOSTILE = `<script>alert("x")</script> & "Co" <img src=x onerror=alert(1)>`;

function parse(svg: string) {
  return parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
}

describe("server-rendered charts", () => {
  it("draw a line chart as one labelled, described image", () => {
    const periods = ["2024-02-01", "2024-02-02", "2024-02-03"];
    const chart = renderLineChart({ id: "usage", label: "Views and downloads by day", description: "3 days", periods, yLabel: "Count", series: [{ ...SERIES_STYLE.downloads, values: [1, 5, 2] }, { ...SERIES_STYLE.views, values: [4, 9, 7] }] });
    expect(chart.svg.startsWith("<svg")).toBe(true);
    const svg = parse(chart.svg).querySelector("svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("Views and downloads by day");
    expect(svg.getAttribute("aria-describedby")).toBe("usage-description");
    expect(svg.querySelectorAll(`g[stroke-linecap="round"] path`).length).toBe(2); // one line per series
    expect(chart.svg).toContain('stroke-dasharray="6 3"'); // views dashed, not told apart by colour alone
  });

  it("escape institution names: a script in a name stays text", () => {
    const chart = renderBarChart({ id: "institutions", label: "By institution", description: "d", xLabel: "Count", categories: [HOSTILE, "Тошкент"], series: [{ ...SERIES_STYLE.downloads, values: [3, 4] }] });
    expect(chart.svg).not.toMatch(/<script|<img|onerror=alert\(1\)>/i);
    expect(chart.svg).toContain("&lt;script&gt;");
    const document = parse(chart.svg);
    expect(document.querySelectorAll("script, img").length).toBe(0);
    const labels = [...document.querySelectorAll("text")].map((t) => t.textContent);
    expect(labels).toContain("Тошкент");
    expect(labels.some((l) => l?.startsWith("<script>alert"))).toBe(true); // drawn, possibly shortened, as text
  });

  it("describe the numbers in words, and keep names out of attributes", () => {
    const rows = [{ name: HOSTILE, views: 10, downloads: 7 }, { name: "Anonymous or unknown", views: 3, downloads: 1 }];
    const bar = usageBarChart("institutions-chart", "Downloads and views by institution", rows);
    expect(bar.description).toContain("Most downloads");
    expect(bar.description).toContain(HOSTILE); // shown by React as text, escaped there
    const svg = parse(bar.svg).querySelector("svg")!;
    for (const attribute of svg.attributes) expect(attribute.value).not.toContain("<script");
    const line = usageLineChart({ granularity: "week", from: "2024-01-01", to: "2024-01-14", usageOverTime: [{ period: "2024-01-01", views: 5, uniqueViews: 4, downloads: 2, uniqueDownloads: 2 }, { period: "2024-01-08", views: 1, uniqueViews: 1, downloads: 6, uniqueDownloads: 5 }] });
    expect(line.label).toBe("Views and downloads by week, 2024-01-01 to 2024-01-14");
    expect(line.description).toBe("Line chart: 6 views and 8 downloads in all. The busiest period began 2024-01-08 with downloads: 6.");
  });

  it("refuse to pass on markup that could run", () => {
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "foreignObject"));
    expect(() => finishSvg(svg as unknown as Element, { id: "x", label: "x", description: "x" })).toThrow(/refusing/);
    const clicky = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    clicky.setAttribute("onload", "alert(1)");
    expect(() => finishSvg(clicky as unknown as Element, { id: "x", label: "x", description: "x" })).toThrow(/refusing/);
  });
});
