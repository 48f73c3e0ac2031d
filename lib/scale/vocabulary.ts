import type { IndicatorValueType } from "@/lib/generated/prisma/enums";

/**
 * The words the synthetic data set is built from: typical target areas, goals and actions of
 * Swedish municipalities' social-sustainability plans, written for this generator (no real plan's text).
 * Agenda 2030 goals are 1–17; public-health target areas 1–8 (docs/decisions/021).
 */

export type IndicatorTemplate = {
  slug: string;
  name: string;
  unit: string;
  valueType: IndicatorValueType;
  higherIsBetter: boolean;
  /** The whole country's value in the first year; null where a national figure makes no sense (counts). */
  national: number | null;
  /** A municipality's value in the first year when there is no national figure. */
  typical: number;
  /** Reported for women and men too (Kolada's K and M). */
  byGender: boolean;
};

export type AreaTemplate = {
  title: string;
  subtitle: string;
  direction: string;
  focus: string[];
  agenda2030: number[];
  publicHealth: number[];
  goals: string[];
  actions: string[];
  indicators: IndicatorTemplate[];
};

const percent = (slug: string, name: string, higherIsBetter: boolean, national: number, byGender = true): IndicatorTemplate => ({
  slug,
  name,
  unit: "procent",
  valueType: "PERCENT",
  higherIsBetter,
  national,
  typical: national,
  byGender,
});

export const areaTemplates: AreaTemplate[] = [
  {
    title: "En god start i livet",
    subtitle: "barn och unga har goda uppväxtvillkor",
    direction: "Kommunen ska tidigt uppmärksamma barn och familjer som behöver stöd och samordna insatserna kring dem.",
    focus: ["Tidiga insatser", "Föräldraskapsstöd", "En meningsfull fritid"],
    agenda2030: [1, 3, 4],
    publicHealth: [1],
    goals: [
      "Varje barn lever i ekonomisk trygghet",
      "Varje barn har en trygg och stödjande hemmiljö",
      "Varje barn och ungdom har en aktiv och meningsfull fritid",
    ],
    actions: [
      "Samordna tidiga och förebyggande insatser för familjer",
      "Utveckla familjecentraler i alla kommundelar",
      "Erbjuda föräldraskapsstöd på flera språk",
      "Tillgängliggöra fritidsaktiviteter i barns närmiljö",
      "Införa avgiftsfria lovaktiviteter",
      "Stärka elevhälsans förebyggande arbete",
      "Kartlägga barnfattigdomen i kommunen",
    ],
    indicators: [
      percent("barn-i-ekonomiskt-utsatta-hushall", "Barn i ekonomiskt utsatta hushåll", false, 10.8, false),
      {
        slug: "deltagare-i-lovaktiviteter",
        name: "Deltagare i avgiftsfria lovaktiviteter",
        unit: "antal",
        valueType: "INTEGER",
        higherIsBetter: true,
        national: null,
        typical: 900,
        byGender: false,
      },
    ],
  },
  {
    title: "Lärande och utbildning",
    subtitle: "från förskola till arbetsliv",
    direction: "Alla barn och elever ska få det stöd de behöver för att klara sin utbildning.",
    focus: ["Närvaro i skolan", "Språkutveckling", "Övergångar mellan skolformer"],
    agenda2030: [4, 8],
    publicHealth: [2],
    goals: [
      "Varje barn har tillgång till förskola av hög kvalitet",
      "Varje elev lämnar grundskolan med godkända betyg",
      "Fler unga fullföljer en gymnasieutbildning",
    ],
    actions: [
      "Minska skolfrånvaron genom tidig uppföljning",
      "Utöka läxhjälpen och studiestödet",
      "Stärka språkutvecklingen i förskolan",
      "Utveckla studie- och yrkesvägledningen",
      "Samverka med näringslivet om praktikplatser",
      "Följa upp elever som riskerar att inte nå målen",
      "Erbjuda sommarskola för elever i årskurs 6–9",
    ],
    indicators: [
      percent("behoriga-till-yrkesprogram", "Elever i årskurs 9 som är behöriga till yrkesprogram", true, 84.6),
      percent("gymnasieexamen-inom-fyra-ar", "Gymnasieelever med examen inom fyra år", true, 72.1),
    ],
  },
  {
    title: "Arbete och försörjning",
    subtitle: "egen försörjning för fler",
    direction: "Kommunen ska korta vägen till arbete för dem som står långt från arbetsmarknaden.",
    focus: ["Unga vuxna", "Vuxenutbildning", "Samverkan med arbetsgivare"],
    agenda2030: [1, 8, 10],
    publicHealth: [3, 4],
    goals: [
      "Varje invånare i arbetsför ålder har en sysselsättning",
      "Fler unga vuxna etablerar sig på arbetsmarknaden",
      "Färre hushåll är beroende av ekonomiskt bistånd",
    ],
    actions: [
      "Utveckla kommunens arbetsmarknadsinsatser",
      "Erbjuda feriearbete till alla ungdomar som söker",
      "Samordna vägar till arbete för personer långt från arbetsmarknaden",
      "Öka antalet praktikplatser i kommunens verksamheter",
      "Stärka utbildningen i svenska för invandrare",
      "Erbjuda budget- och skuldrådgivning i fler kanaler",
      "Samverka med Arbetsförmedlingen om matchning",
    ],
    indicators: [
      percent("forvarvsarbetande-20-64-ar", "Invånare 20–64 år som förvärvsarbetar", true, 79.3),
      percent("unga-som-varken-arbetar-eller-studerar", "Unga 16–24 år som varken arbetar eller studerar", false, 6.4),
    ],
  },
  {
    title: "Hälsa och livsvillkor",
    subtitle: "en god och jämlik hälsa",
    direction: "Skillnaderna i hälsa mellan grupper ska minska genom förebyggande och hälsofrämjande arbete.",
    focus: ["Psykisk hälsa", "Levnadsvanor", "Ofrivillig ensamhet"],
    agenda2030: [3, 5],
    publicHealth: [6, 8],
    goals: ["Skillnaderna i hälsa mellan grupper minskar", "Fler invånare har goda levnadsvanor", "Färre invånare upplever psykisk ohälsa"],
    actions: [
      "Genomföra hälsofrämjande insatser i skolan",
      "Erbjuda spontanidrott i alla bostadsområden",
      "Utbilda personal i suicidprevention",
      "Stärka det förebyggande arbetet mot alkohol, narkotika och tobak",
      "Utveckla seniorverksamheten mot ofrivillig ensamhet",
      "Sprida kunskap om psykisk hälsa till föreningar",
      "Samverka med regionen om tidiga insatser",
    ],
    indicators: [
      percent("gott-halsotillstand", "Invånare som upplever sitt hälsotillstånd som gott", true, 71.8),
      percent("daglig-rokning", "Invånare som röker dagligen", false, 5.9),
    ],
  },
  {
    title: "Trygghet och ett liv fritt från våld",
    subtitle: "trygga platser och trygga relationer",
    direction: "Kommunen ska arbeta förebyggande mot våld och brott tillsammans med polisen och civilsamhället.",
    focus: ["Våld i nära relationer", "Otrygga platser", "Unga i riskmiljöer"],
    agenda2030: [5, 11, 16],
    publicHealth: [5],
    goals: ["Varje invånare känner sig trygg i sin närmiljö", "Varje invånare lever fritt från våld och hot om våld", "Färre unga dras in i kriminalitet"],
    actions: [
      "Genomföra trygghetsvandringar med invånare",
      "Utveckla arbetet mot våld i nära relationer",
      "Införa en modell för sociala insatsgrupper",
      "Förbättra belysningen på otrygga platser",
      "Utbilda personal om hedersrelaterat våld och förtryck",
      "Samverka med polisen om gemensamma lägesbilder",
      "Stärka föreningslivets trygghetsarbete",
    ],
    indicators: [
      percent("trygga-utomhus-kvallstid", "Invånare som känner sig trygga utomhus på kvällen", true, 70.5),
      {
        slug: "anmalda-valdsbrott",
        name: "Anmälda våldsbrott",
        unit: "per 100 000 invånare",
        valueType: "DECIMAL",
        higherIsBetter: false,
        national: 1046.2,
        typical: 1046.2,
        byGender: false,
      },
    ],
  },
  {
    title: "Delaktighet och demokrati",
    subtitle: "allas röst räknas",
    direction: "Invånarna ska ha goda möjligheter att påverka och vara delaktiga i kommunens utveckling.",
    focus: ["Medborgardialog", "Ungas inflytande", "Tillit"],
    agenda2030: [10, 16],
    publicHealth: [7],
    goals: ["Varje invånare har möjlighet till inflytande", "Fler invånare har tillit till andra och till kommunen", "Valdeltagandet ökar i alla kommundelar"],
    actions: [
      "Genomföra medborgardialoger i alla kommundelar",
      "Inrätta ett ungdomsråd",
      "Utveckla e-tjänster för synpunkter och förslag",
      "Stödja föreningslivet i socialt utsatta områden",
      "Informera om demokratins grunder på lätt svenska",
      "Genomföra valinformation tillsammans med studieförbunden",
      "Ta fram en plan för arbetet med barnets rättigheter",
    ],
    indicators: [
      percent("valdeltagande-kommunval", "Valdeltagande i kommunvalet", true, 81.9, false),
      percent("fortroende-for-kommunen", "Invånare med förtroende för kommunen", true, 54.7),
    ],
  },
  {
    title: "Boende och närmiljö",
    subtitle: "levande bostadsområden för alla",
    direction: "Samhällsplaneringen ska bidra till blandade bostadsområden med mötesplatser och grönska.",
    focus: ["Blandade upplåtelseformer", "Mötesplatser", "Tillgänglighet"],
    agenda2030: [7, 11],
    publicHealth: [5],
    goals: [
      "Varje invånare har tillgång till en bra bostad",
      "Bostadsområdena är blandade och levande",
      "Fler invånare har nära till grönområden och mötesplatser",
    ],
    actions: [
      "Planera för blandade upplåtelseformer",
      "Utveckla mötesplatser i bostadsområdena",
      "Samverka med bostadsbolagen om sociala insatser",
      "Förebygga vräkningar av barnfamiljer",
      "Tillgänglighetsanpassa parker och lekplatser",
      "Införa sociala konsekvensanalyser i planarbetet",
      "Rusta upp gång- och cykelvägar",
    ],
    indicators: [
      percent("trangbodda-hushall", "Trångbodda hushåll", false, 15.2, false),
      {
        slug: "vrakningar-som-beror-barn",
        name: "Vräkningar som berör barn",
        unit: "antal",
        valueType: "INTEGER",
        higherIsBetter: false,
        national: null,
        typical: 6,
        byGender: false,
      },
    ],
  },
  {
    title: "Jämlikhet och inkludering",
    subtitle: "lika rättigheter och möjligheter",
    direction: "Kommunens verksamheter ska ge alla invånare likvärdig service oavsett bakgrund, kön och funktionsförmåga.",
    focus: ["Mänskliga rättigheter", "Jämställdhet", "Tillgänglighet"],
    agenda2030: [5, 10],
    publicHealth: [7],
    goals: [
      "Varje invånares rättigheter tillgodoses",
      "Personer med funktionsnedsättning deltar i samhällslivet på lika villkor",
      "Jämställdheten ökar inom alla verksamheter",
    ],
    actions: [
      "Jämställdhetsintegrera kommunens verksamheter",
      "Inventera tillgängligheten i kommunens lokaler",
      "Erbjuda samhällsorientering för nyanlända",
      "Ta fram en strategi för mänskliga rättigheter",
      "Utbilda chefer i normmedvetet arbete",
      "Följa upp insatser per kön och ålder",
      "Stärka arbetet mot diskriminering",
    ],
    indicators: [
      percent("nojda-med-tillganglighet", "Invånare som är nöjda med tillgängligheten i kommunens lokaler", true, 63.4),
      percent("chefer-som-ar-kvinnor", "Chefer i kommunen som är kvinnor", true, 68.0, false),
    ],
  },
];

/** Committees and companies that carry actions, and partners outside the municipal organisation. */
export const responsibleBodies = [
  "Kommunstyrelsen",
  "Socialnämnden",
  "Barn- och utbildningsnämnden",
  "Kultur- och fritidsnämnden",
  "Samhällsbyggnadsnämnden",
  "Vård- och omsorgsnämnden",
  "Arbetsmarknadsnämnden",
  "Det kommunala bostadsbolaget",
];
export const partners = ["Regionen", "Polisen", "Arbetsförmedlingen", "Föreningslivet", "Studieförbunden", "Trossamfunden"];

export const followUpComments = {
  NOT_STARTED: ["Arbetet har inte startat ännu och planeras till nästa år.", "Åtgärden väntar på beslut om finansiering."],
  IN_PROGRESS: ["Arbetet pågår enligt plan.", "Arbetet pågår; en första delrapport har lämnats till nämnden.", "Arbetet pågår men har bromsats av vakanser."],
  DONE: ["Åtgärden är genomförd och ingår nu i ordinarie verksamhet.", "Åtgärden är genomförd och utvärderad."],
  DELAYED: ["Åtgärden är försenad på grund av ändrade prioriteringar.", "Åtgärden är försenad i väntan på samverkansavtal."],
  CANCELLED: ["Åtgärden har avbrutits efter beslut i nämnden."],
  NOT_ASSESSABLE: ["Åtgärden kunde inte bedömas för perioden."],
} as const;

export const notAssessableReasons = ["Underlag saknas för perioden.", "Ansvarig verksamhet har omorganiserats."];

export const assessmentAnalyses = {
  MET: ["Målet är uppfyllt: indikatorerna visar en tydlig förbättring.", "Målet är uppfyllt för perioden."],
  PARTLY_MET: ["Utvecklingen går åt rätt håll, men målet är inte nått.", "Målet är delvis uppfyllt; skillnaderna mellan kommundelarna består."],
  NOT_MET: ["Målet är inte uppfyllt; utvecklingen har stått still.", "Indikatorerna visar en försämring under perioden."],
  NOT_ASSESSED: ["Underlaget räcker inte för en bedömning.", ""],
} as const;

export const responsibleRoles = ["Folkhälsostrateg", "Verksamhetsutvecklare", "Enhetschef", "Utvecklingsledare", "Samordnare"];
