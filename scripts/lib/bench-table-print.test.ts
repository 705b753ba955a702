import { describe, expect, it } from "vitest";
import type { BenchRow } from "./bench-table";
import { formatBenchMarkdown, formatBenchTable, formatNumber, ratioOf, type BenchMachine } from "./bench-table-print";

const machine: BenchMachine = {
  cpu: "Test CPU @ 2.0GHz",
  cores: 2,
  memoryGiB: 24,
  node: "20.20.0",
  postgres: "18.1",
  loadBefore: [0.5, 1, 1.25],
  loadAfter: [2, 1.5, 1.25],
};

const throughput: BenchRow = {
  figure: "GET …/slots",
  value: 1234.4,
  unit: "req/s",
  floor: { name: "bare route", value: 2000 },
  higherIsBetter: true,
  note: "goal ≥ 50%",
};
const time: BenchRow = {
  figure: "engine",
  value: 4,
  unit: "ms",
  floor: { name: "plain loop", value: 1 },
  higherIsBetter: false,
};
const score: BenchRow = {
  figure: "Lighthouse | performance",
  value: 97,
  unit: "score",
  floor: null,
  higherIsBetter: true,
};

describe("ratioOf", () => {
  it("divides value by floor for throughputs and floor by value for times", () => {
    expect(ratioOf(throughput)).toBeCloseTo(0.6172, 4);
    expect(ratioOf(time)).toBe(0.25);
  });

  it("has no ratio without a floor, for a figure that was not measured, or against a zero floor", () => {
    expect(ratioOf(score)).toBeNull();
    expect(ratioOf({ ...time, value: Number.NaN })).toBeNull();
    expect(ratioOf({ ...throughput, floor: { name: "nothing", value: 0 } })).toBeNull();
  });

  it("counts zero against zero as equal (no statements on a cache hit, as on the floor)", () => {
    expect(ratioOf({ ...time, value: 0, floor: { name: "small data", value: 0 } })).toBe(1);
  });
});

describe("formatNumber", () => {
  it("keeps about three significant figures", () => {
    expect([1234.4, 45.67, 3.14159, 0.01234, 6].map(formatNumber)).toEqual(["1234", "45.7", "3.14", "0.012", "6"]);
  });

  it("shows a figure that was not measured as a dash", () => {
    expect(formatNumber(Number.NaN)).toBe("—");
  });
});

describe("formatBenchTable", () => {
  const text = formatBenchTable([throughput, time, score], machine);
  const lines = text.split("\n");

  it("prints one aligned line per row under a header and a rule", () => {
    expect(lines[0]).toMatch(/^figure\s+value\s+floor\s+ratio\s+note$/);
    expect(lines[1]).toMatch(/^-+( {2}-+){4}$/);
    expect(lines[2]).toContain("1234 req/s");
    expect(lines[2]).toContain("bare route: 2000 req/s");
    expect(lines[2]).toContain("62%");
    expect(lines[3]).toContain("25%");
    const valueEnds = [
      lines[2]!.indexOf("req/s") + "req/s".length,
      lines[3]!.indexOf("ms") + "ms".length,
      lines[4]!.indexOf("score") + "score".length,
    ];
    expect(new Set(valueEnds).size).toBe(1);
  });

  it("names the machine and the load before and after", () => {
    expect(text).toContain(
      "Machine: Test CPU @ 2.0GHz, 2 cores, 24 GiB; Node 20.20.0; PostgreSQL 18.1; load average 0.50 1.00 1.25 before, 2.00 1.50 1.25 after",
    );
  });
});

describe("formatBenchMarkdown", () => {
  const markdown = formatBenchMarkdown([throughput, score], machine);

  it("is a GitHub table with numbers right-aligned and pipes in cells escaped", () => {
    const lines = markdown.split("\n");
    expect(lines[0]).toBe("| figure | value | floor | ratio | note |");
    expect(lines[1]).toBe("| --- | ---: | --- | ---: | --- |");
    expect(lines[2]).toBe("| GET …/slots | 1234 req/s | bare route: 2000 req/s | 62% | goal ≥ 50% |");
    expect(lines[3]).toBe("| Lighthouse \\| performance | 97 score |  |  |  |");
    expect(markdown).toContain("Machine: Test CPU");
  });
});
