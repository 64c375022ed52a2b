export type TChart = { id: string; svg: string; label: string; description: string };

// Elements Plot draws; anything else (script, foreignObject, a link) has no business in a chart.
const INERT = new Set(["svg", "g", "path", "line", "rect", "circle", "text", "tspan", "title", "style", "defs", "clippath", "lineargradient", "stop", "marker", "use"]);

function assertInert(svg: Element): void {
  for (const element of [svg, ...svg.querySelectorAll("*")]) {
    const name = element.tagName.toLowerCase();
    const attributes = [...element.attributes].map((a) => a.name.toLowerCase());
    if (!INERT.has(name) || attributes.some((a) => a.startsWith("on") || a === "href" || a === "xlink:href" || a === "src")) {
      throw new Error(`A chart came out with <${name}> or an active attribute; refusing to show it.`);
    }
  }
}

// Plot's SVG made a single image for assistive technology (its aria-labels on axis groups
// would otherwise be read out piece by piece), named by `label` and described by the text the
// page shows under the id `${id}-description`. The label is our own words, never a name or a
// title: those stay in text nodes, which linkedom escapes; the markup is checked to be inert
// because the string goes into the page as HTML.
export function finishSvg(svg: Element, chart: Omit<TChart, "svg">): TChart {
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", chart.label);
  svg.setAttribute("aria-describedby", `${chart.id}-description`);
  // Plot names its mark groups with aria-label; a <g> without a role may not carry one (axe:
  // aria-prohibited-attr), and inside an image nobody hears them anyway.
  for (const element of svg.querySelectorAll("[aria-label]")) element.removeAttribute("aria-label");
  assertInert(svg);
  return { ...chart, svg: svg.outerHTML };
}
