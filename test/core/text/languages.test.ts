import { describe, expect, it } from "vitest";
import { summarize } from "../../../src/core/summarize/index";
import { analyseText } from "../../../src/core/text/analyse";
import { detectLanguage } from "../../../src/core/text/language";
import type { Block } from "../../../src/core/types";

/**
 * One news-like paragraph per language the project supports, written for this test: each goes through
 * the same code path (detection, split, terms, summary) and must come out sensible.
 */
const PARAGRAPHS: Record<string, { title: string; text: string; sentences: number }> = {
  en: {
    title: "City council approves new budget for public transport",
    text: "The city council approved a new budget for public transport on Tuesday. The plan adds 40 buses and extends two tram lines by 2026. Mayor Jane Smith said the investment would cut commuting times across the city. Opposition members criticised the cost, which they put at $120 million. A final vote on the tram extension is expected in March.",
    sentences: 5,
  },
  es: {
    title: "El Gobierno aprueba un plan contra la sequía",
    text: "El Gobierno aprobó este martes un plan de emergencia contra la sequía que afecta al sur del país. La medida incluye ayudas de 500 millones de euros para los agricultores. La ministra de Agricultura explicó que los embalses están al 30 por ciento de su capacidad. Las organizaciones agrarias consideran que las ayudas llegan tarde. El plan entrará en vigor la próxima semana.",
    sentences: 5,
  },
  fr: {
    title: "Le gouvernement présente sa réforme des retraites",
    text: "Le gouvernement a présenté mercredi sa réforme des retraites devant le Conseil des ministres. Le texte prévoit de relever progressivement l'âge légal de départ à 64 ans. La Première ministre a défendu une réforme « juste et nécessaire ». Les syndicats appellent à une nouvelle journée de grève jeudi prochain. Le projet sera examiné par l'Assemblée nationale au mois de février.",
    sentences: 5,
  },
  de: {
    title: "Bundestag beschließt neues Heizungsgesetz",
    text: "Der Bundestag hat am Freitag das umstrittene Heizungsgesetz beschlossen. Ab dem 1. Januar 2024 müssen neue Heizungen zu 65 Prozent mit erneuerbaren Energien betrieben werden. Die Opposition kritisierte das Verfahren als überhastet. Wirtschaftsminister Dr. Habeck sprach dagegen von einem wichtigen Schritt für den Klimaschutz. Der Bundesrat soll sich am 29. September mit dem Gesetz befassen.",
    sentences: 5,
  },
  it: {
    title: "Il governo approva la legge di bilancio",
    text: "Il Consiglio dei ministri ha approvato ieri sera la legge di bilancio per il prossimo anno. La manovra vale circa 24 miliardi di euro e punta soprattutto sul taglio delle tasse sul lavoro. Il ministro dell'Economia ha parlato di una legge prudente e responsabile. I sindacati hanno annunciato uno sciopero generale per il mese prossimo. Il testo passa ora all'esame del Parlamento.",
    sentences: 5,
  },
  pt: {
    title: "Governo anuncia aumento do salário mínimo",
    text: "O governo anunciou nesta segunda-feira um aumento de 7 por cento do salário mínimo a partir de janeiro. A medida vai beneficiar cerca de 800 mil trabalhadores em todo o país. O ministro do Trabalho afirmou que o aumento acompanha a subida da inflação. As associações patronais alertaram para o impacto nas pequenas empresas. O decreto será publicado ainda esta semana.",
    sentences: 5,
  },
  nl: {
    title: "Kabinet trekt extra geld uit voor woningbouw",
    text: "Het kabinet trekt volgend jaar een miljard euro extra uit voor de bouw van betaalbare woningen. Dat maakte de minister van Volkshuisvesting dinsdag bekend. Gemeenten kunnen het geld aanvragen voor projecten die binnen twee jaar starten. Woningcorporaties noemen het bedrag een goede eerste stap. De Tweede Kamer debatteert volgende week over het plan.",
    sentences: 5,
  },
  ru: {
    title: "В Москве открылась новая линия метро",
    text: "В Москве в субботу открылась новая линия метро протяжённостью 20 километров. На ней расположены восемь станций, которые соединят южные районы с центром города. Мэр города заявил, что линия разгрузит наземный транспорт. По оценкам властей, ежедневно ею будут пользоваться около 300 тысяч пассажиров. Строительство продолжалось почти пять лет.",
    sentences: 5,
  },
  pl: {
    title: "Sejm przyjął ustawę o obniżce podatków",
    text: "Sejm przyjął w piątek ustawę obniżającą podatek dochodowy dla najmniej zarabiających. Nowe przepisy mają wejść w życie od 1 stycznia przyszłego roku. Minister finansów podkreślił, że skorzysta na nich ponad 9 milionów podatników. Opozycja zarzuca rządowi, że nie wskazał źródeł finansowania reformy. Ustawa trafi teraz do Senatu.",
    sentences: 5,
  },
  tr: {
    title: "Merkez Bankası faiz oranını sabit tuttu",
    text: "Merkez Bankası politika faizini yüzde 50 seviyesinde sabit tuttu. Banka yaptığı açıklamada enflasyondaki düşüşün sürdüğünü belirtti. Ekonomistler kararın piyasa beklentileriyle uyumlu olduğunu söyledi. Dolar kuru açıklamanın ardından hafif bir düşüş gösterdi. Bir sonraki toplantı önümüzdeki ay yapılacak.",
    sentences: 5,
  },
  ar: {
    title: "افتتاح أكبر محطة للطاقة الشمسية في المنطقة",
    text: "افتتحت الحكومة اليوم أكبر محطة للطاقة الشمسية في المنطقة بقدرة ألفي ميغاواط. وتقع المحطة في الصحراء على بعد مئة كيلومتر من العاصمة. وقال وزير الطاقة إن المشروع سيوفر الكهرباء لنحو مليون منزل. وبلغت تكلفة المشروع أكثر من ملياري دولار. ومن المتوقع أن تبدأ المرحلة الثانية العام المقبل.",
    sentences: 5,
  },
  zh: {
    title: "北京新地铁线路开通运营",
    text: "北京地铁新线路今天上午正式开通运营。这条线路全长二十五公里，共设十二座车站。市交通委员会表示，新线路将大大缓解城市北部的交通压力。预计每天将有约三十万名乘客乘坐这条线路。该线路的第二期工程计划于明年年底完工。",
    sentences: 5,
  },
  ja: {
    title: "東京で新しい美術館が開館",
    text: "東京の港区で新しい美術館が十日、開館した。館内には国内外の現代美術作品約五百点が展示されている。館長は「多くの人に気軽に来てほしい」と話した。初日には約三千人が訪れ、入り口には長い列ができた。美術館は毎週月曜日が休館となる。",
    sentences: 5,
  },
};

const LETTER = /[\p{L}\p{N}]/u;

describe("every supported language goes through the same code path", () => {
  for (const [lang, { title, text, sentences }] of Object.entries(PARAGRAPHS)) {
    it(`${lang}: detected, split into its sentences, summarised without cuts`, () => {
      expect(detectLanguage(text)).toBe(lang);

      const blocks: Block[] = [{ kind: "paragraph", text }];
      const doc = analyseText(blocks, title);
      expect(doc.lang).toBe(lang);
      expect(doc.sentences).toHaveLength(sentences);
      for (const s of doc.sentences) {
        expect(doc.text.slice(s.start, s.end)).toBe(s.text);
        // No mid-word cut: the characters around a sentence are not both letters.
        if (s.start > 0)
          expect(LETTER.test(doc.text[s.start - 1]) && LETTER.test(doc.text[s.start])).toBe(false);
        if (s.end < doc.text.length)
          expect(LETTER.test(doc.text[s.end - 1]) && LETTER.test(doc.text[s.end])).toBe(false);
      }
      // Terms exist for every sentence (stopwords removed, stems kept).
      for (const terms of doc.terms) expect(terms.length).toBeGreaterThan(0);
      expect(doc.titleTerms.length).toBeGreaterThan(0);

      const summary = summarize(doc, { sentences: 2 });
      expect(summary).toHaveLength(2);
      for (const s of summary) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
      expect(summary[0].start).toBeLessThan(summary[1].start);
    });
  }
});
