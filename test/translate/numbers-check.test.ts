import { describe, expect, it } from "vitest";
import { missingNumbers, numbersIn } from "../../src/translate/numbers-check";

describe("numbers check", () => {
  it("reads numbers with their grouping and decimals, but not across a plain space", () => {
    expect(numbersIn("3,000 troops, 2.5% and 1\u00a0000 on April 19, 2024")).toEqual([
      "3000",
      "25",
      "1000",
      "19",
      "2024",
    ]);
  });

  it("finds nothing missing when the target writes the same numbers its own way", () => {
    expect(
      missingNumbers(
        "3,000 troops and 2.5% on April 19, 2024",
        "3.000 tropas y 2,5 % el 19 de abril de 2024",
      ),
    ).toEqual([]);
  });

  it("reports numbers that were dropped, spelled out or changed, as written in the source", () => {
    expect(
      missingNumbers("15 officials met 3 times in 2023", "quince funcionarios se reunieron 3 veces en 2022"),
    ).toEqual(["15", "2023"]);
  });

  it("counts repeats: a number twice in the source must be twice in the translation", () => {
    expect(missingNumbers("5 of 5", "5 de cinco")).toEqual(["5"]);
  });
});
