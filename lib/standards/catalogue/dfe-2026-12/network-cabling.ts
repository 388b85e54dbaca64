import type { StandardInput } from '@/lib/standards/catalogue-schema';

const HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';
const PAGE = `${HUB}/network-cabling`;
const PLAN_TECH_URL = 'https://www.plan-technology-for-your-school.education.gov.uk/';

// In-page anchors built from the standard page's headings.
const COPPER_SECTION = `${PAGE}#copper-cabling-should-be-category-6a-cat-6a`;
const FIBRE_SECTION = `${PAGE}#optical-fibre-cabling-should-be-a-minimum-16-core-multi-mode-om4`;
const INSTALLATION_SECTION = `${PAGE}#new-cabling-should-be-installed-and-tested-in-line-with-the-manufacturers-guidance-warranty-terms-and-conditions`;

const STANDARD = { title: 'DfE: network cabling standard', url: PAGE };
const COPPER = { title: 'DfE: cabling standard, copper cabling', url: COPPER_SECTION };
const FIBRE = { title: 'DfE: cabling standard, optical fibre', url: FIBRE_SECTION };
const INSTALLATION = { title: 'DfE: cabling standard, installation and testing', url: INSTALLATION_SECTION };
const ESTATE = {
  title: 'DfE: good estate management, digital technology in your estate',
  url: 'https://www.gov.uk/guidance/good-estate-management-for-schools/digital-technology-in-your-estate',
};

// DfE ties copper cabling to Wi-Fi upgrades too; fibre and installation points only to replacement and new builds.
const AT_COPPER_WORK = 'When cabling is replaced, a building is built or refurbished, or the Wi-Fi is upgraded';
const AT_CABLING_WORK = 'When cabling is replaced or not coping, or a building is built or refurbished';

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
      question: 'Is the copper network cabling to classrooms, offices and access points Cat 6A, of the U/FTP shielded type or better?',
      hint: "The cable type is usually printed on the cable sheath, and should be in the installer's handover pack. Ask IT support to check both. U/FTP means each wire pair is wrapped in foil, which cuts interference. Older cable such as Cat 5e or Cat 6 means the answer is no.",
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_COPPER_WORK },
      sourceUrl: COPPER_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support which cable types are installed across the site, and mark older cabling (for example Cat 5e) on the network diagram.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Specify Cat 6A U/FTP copper in any building project or Wi-Fi upgrade that involves new cabling.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'HIGH',
          guidance: COPPER,
        },
      ],
    },
    {
      code: 'network-cabling.copper.installed-to-standards',
      title: 'Copper installed to British and European standards',
      question: 'Does the handover pack for your copper cabling confirm it was installed to BS 6701 and BS EN 50173 and 50174?',
      hint: 'Ask IT support or the installer for the handover pack. These standards cover, among other things, fixed runs of 90 m or less with no joins or extra patch panels part way, no over-tight bends, fire-rated cable (Euroclass Cca s1b,d2,a2) in new work, and patch leads of the same type and make as the cable.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_COPPER_WORK },
      sourceUrl: COPPER_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Find the handover packs from past cabling jobs and note which parts of the site have no record of meeting these standards.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Name BS 6701 and BS EN 50173/50174, the 90 m limit and the fire rating in every cabling quote or tender.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: COPPER,
        },
      ],
    },
    {
      code: 'network-cabling.containment.supported',
      title: 'Cables properly supported',
      question: 'Are your network cables carried in containment (trays, trunking or conduit) that supports them fully and keeps their bends gentle?',
      hint: 'Containment is the trays, trunking and tubes that cables run in. Walk round with IT support and look above ceiling tiles and in cupboards: cables hanging loose, tied to pipes or bent sharply can lose speed and fail.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_COPPER_WORK },
      sourceUrl: COPPER_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to note areas where cables hang loose or are bent sharply.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Include proper containment in the specification for any new cabling or refurbishment.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'MEDIUM',
          guidance: COPPER,
        },
      ],
    },
    {
      code: 'network-cabling.containment.separation',
      title: 'Cables kept apart from interference',
      question: 'Are network cables kept apart from power cables and other sources of electrical interference along their routes?',
      hint: 'Data cables laid against mains power cables, lighting, motors or lift equipment can pick up interference that slows the network. Ask IT support or the installer whether the design kept them apart, and look for shared trays on a walk round.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_COPPER_WORK },
      sourceUrl: COPPER_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to note places where network and power cables share a route or tray.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'Ask the installer to separate data and power cables in any new work or refurbishment.',
          owner: 'SUPPLIER',
          costBand: 'MEDIUM',
          guidance: COPPER,
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
      sourceUrl: FIBRE_SECTION,
      source: 'DFE_STANDARD',
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
          guidance: FIBRE,
        },
      ],
    },
    {
      code: 'network-cabling.fibre.diverse-routes',
      title: 'Second route for critical links',
      question: 'Do buildings with critical systems have a second fibre link between buildings that follows a different route from the first?',
      hint: 'A second link on a separate route means one cut cable, for example during building work, does not cut off part of the site. Ask IT support which buildings depend on a single cable.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_CABLING_WORK },
      sourceUrl: FIBRE_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support which buildings depend on a single cable, and how that cable is routed.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: ESTATE,
        },
        {
          action: 'When ground or building work is planned, add a second, separately routed fibre link for critical buildings.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'HIGH',
          guidance: FIBRE,
        },
      ],
    },
    {
      code: 'network-cabling.fibre.underground-ducts',
      title: 'Fibre between buildings run underground',
      question: 'Do the fibre links between your buildings run through underground ducts, where that is possible?',
      hint: 'Cables fixed to walls or strung overhead are easier to damage. Ask IT support or the site manager how each building is connected; the site plan or installer records may show the duct routes.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_CABLING_WORK },
      sourceUrl: FIBRE_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Ask IT support to list any links between buildings that run overhead or along walls.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
        },
        {
          action: 'When ground work is planned, add underground ducts for links between buildings.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'HIGH',
          guidance: FIBRE,
        },
      ],
    },
    {
      code: 'network-cabling.installation.approved-installer',
      title: 'Manufacturer-approved installer',
      question: 'Is new cabling fitted by an installer approved by the cable manufacturer?',
      hint: 'Ask the installer for their manufacturer accreditation before they are appointed, and ask the business manager whether it was checked for the last cabling job.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_CABLING_WORK },
      sourceUrl: INSTALLATION_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Make manufacturer approval a condition in any cabling tender or quote.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: INSTALLATION,
        },
      ],
    },
    {
      code: 'network-cabling.installation.system-warranty',
      title: 'Long warranty on the whole cabling system',
      question: 'Does new cabling come with a manufacturer performance warranty of at least 20 years covering the whole cabling system?',
      hint: 'The warranty certificate should be in the handover pack from the installer. Ask IT support or the business manager to find it and check it covers the whole system (cable, sockets, patch panels), not only the cable.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: AT_CABLING_WORK },
      sourceUrl: INSTALLATION_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Make a 20-year (or longer) system performance warranty a condition in any cabling tender or quote, and file the certificate.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: INSTALLATION,
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
      sourceUrl: INSTALLATION_SECTION,
      source: 'DFE_STANDARD',
      nextSteps: [
        {
          action: 'Require a per-cable test report against BS EN 50173 before signing off any cabling work, and keep it with the network records.',
          owner: 'IT_SUPPORT',
          costBand: 'NONE',
          guidance: INSTALLATION,
        },
      ],
    },
    {
      code: 'network-cabling.planning.estate-plans',
      title: 'Cabling included in building and tech plans',
      question:
        'When building work or a major technology change (such as a Wi-Fi upgrade) is planned, is network cabling included in the plans from the start?',
      hint: 'Ask the business manager for your estate or condition plan and check it alongside your digital strategy. Adding cabling during building work costs far less than doing it afterwards. Ask whether IT support was involved in the last building project.',
      expectation: 'SHOULD',
      timing: { kind: 'AT_TRIGGER', text: 'When building work or a major technology change is being planned' },
      sourceUrl: PLAN_TECH_URL,
      source: 'PLAN_TECH',
      nextSteps: [
        {
          action:
            'Add a cabling check to your estate plan and to the start of every building or Wi-Fi project, with IT support involved from the design stage.',
          owner: 'BUSINESS_MANAGER',
          costBand: 'NONE',
          guidance: ESTATE,
        },
        {
          action: 'Use the DfE cabling standard as the specification for any cabling in those projects.',
          owner: 'SLT_DIGITAL_LEAD',
          costBand: 'NONE',
          guidance: STANDARD,
        },
      ],
    },
  ],
} satisfies StandardInput;
