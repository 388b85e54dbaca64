import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/network-cabling`;

const AT_CABLING_WORK = 'When cabling is replaced, a building is built or refurbished, or the Wi-Fi is upgraded';

export const networkCabling = {
  slug: 'network-cabling',
  title: 'Network cabling',
  summary:
    'The cables in walls, ceilings and between buildings that everything else runs on. When cabling is replaced or new buildings go up, it should be modern copper and fibre, fitted and tested by an approved installer, with a long warranty.',
  core: false,
  layer: 3,
  timing: { kind: 'AT_TRIGGER', text: 'When cabling is replaced, during building work, or when the Wi-Fi is upgraded' },
  sourceUrl: PAGE,
  requirements: [
    {
      code: 'network-cabling.copper.cat6a',
      title: 'Copper cabling is Cat 6A or better',
      question:
        'Is the copper network cabling to classrooms, offices and access points Cat 6A (U/FTP shielded or better), installed to current British and European standards?',
      hint: "The cable type is usually printed on the cable sheath, and should be in the installer's handover pack. Good installs follow BS 6701 and BS EN 50173/50174, keep each fixed run to 90 m or less with no joins or extra patch panels part way, avoid tight bends, use fire-rated cable (Euroclass Cca s1b,d2,a2) in new work, and use patch leads of the same type and make.",
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_CABLING_WORK },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support which cable types are installed across the site, and mark older cabling (for example Cat 5e) on the network diagram.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Specify Cat 6A U/FTP copper, to BS 6701 and BS EN 50173/50174, in any building project or Wi-Fi upgrade that involves new cabling.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'HIGH',
          guidance: { title: 'DfE: network cabling standard', url: PAGE },
        },
      ],
    },
    {
      code: 'network-cabling.fibre.om4-backbone',
      title: 'Fibre links between buildings and network cupboards',
      question: 'Are the links between buildings and between network cupboards made with fibre of at least 16 cores of OM4 multimode?',
      hint: "Copper cable cannot run more than 90 m, so links between buildings are usually fibre. Ask IT support or check the installer's test reports for the fibre type (OM4) and the number of cores.",
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_CABLING_WORK },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support to list each link between buildings and network cupboards with its cable type and length.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Replace copper or older fibre on these links with 16-core (or more) OM4 multimode fibre when cabling work is next planned.',
          owner: 'SUPPLIER',
          costBand: 'HIGH',
          guidance: { title: 'DfE: network cabling standard', url: PAGE },
        },
      ],
    },
    {
      code: 'network-cabling.fibre.diverse-routes',
      title: 'Protected, duplicated routes for key links',
      question: 'Do fibre links between buildings run through underground ducts where possible, with a second link on a different route for critical systems?',
      hint: 'Cables fixed to walls or run overhead are easier to damage. A second link on a separate route means one cut cable, for example during building work, does not cut off part of the site. Ask IT support how each building is connected.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_CABLING_WORK },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Ask IT support which buildings depend on a single cable, and how that cable is routed.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'When ground or building work is planned, add ducting and a second, separately routed fibre link for critical buildings.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'HIGH',
        },
      ],
    },
    {
      code: 'network-cabling.installation.approved-installer',
      title: 'Approved installer and long warranty',
      question:
        'Is new cabling fitted by an installer approved by the cable manufacturer, with a manufacturer performance warranty of at least 20 years on the whole system?',
      hint: "Ask for the installer's manufacturer accreditation before they are appointed. The warranty certificate should come in the handover pack and cover the whole cabling system, not only the cable.",
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_CABLING_WORK },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Make manufacturer approval and a 20-year (or longer) system performance warranty a condition in any cabling tender or quote.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: { title: 'DfE: network cabling standard', url: PAGE },
        },
      ],
    },
    {
      code: 'network-cabling.installation.test-reports',
      title: 'Every cable tested and recorded',
      question: 'After cabling work, does the installer give you a test report for every cable showing it meets BS EN 50173?',
      hint: 'Look in the handover pack from the last cabling job. There should be one result per cable, not just a summary. If there is no pack, ask IT support or the installer for a copy.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_CABLING_WORK },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action: 'Require a per-cable test report against BS EN 50173 before signing off any cabling work, and keep it with the network records.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
      ],
    },
    {
      code: 'network-cabling.planning.estate-plans',
      title: 'Cabling included in building and tech plans',
      question:
        'When building work or a major technology change (such as a Wi-Fi upgrade) is planned, is network cabling included in the plans from the start?',
      hint: 'Check your estate or condition plan and your digital strategy. Adding cabling during building work costs far less than doing it afterwards. Ask whether IT support was involved in the last building project.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: 'When building work or a major technology change is being planned' },
      sourceUrl: PAGE,
      nextSteps: [
        {
          action:
            'Add a cabling check to your estate plan and to the start of every building or Wi-Fi project, with IT support involved from the design stage.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: { title: 'DfE: network cabling standard', url: PAGE },
        },
      ],
    },
  ],
} satisfies StandardInput;
