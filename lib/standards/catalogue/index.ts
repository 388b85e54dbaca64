// Every catalogue version shipped with Waypoint. A new DfE release gets a new folder and entry
// here; loading it (npm run db:load-catalogues, or npm start) adds a version without code changes.
import { catalogueQualityProblems } from '../catalogue-quality';
import { CatalogueSchema, type Catalogue } from '../catalogue-schema';
import { broadbandInternet } from './dfe-2026-11/broadband-internet';
import { broadbandInternet as broadbandInternet2612 } from './dfe-2026-12/broadband-internet';
import { cloudSolutions } from './dfe-2026-11/cloud-solutions';
import { cloudSolutions as cloudSolutions2612 } from './dfe-2026-12/cloud-solutions';
import { cyberSecurity } from './dfe-2026-11/cyber-security';
import { cyberSecurity as cyberSecurity2612 } from './dfe-2026-12/cyber-security';
import { digitalAccessibility } from './dfe-2026-11/digital-accessibility';
import { digitalAccessibility as digitalAccessibility2612 } from './dfe-2026-12/digital-accessibility';
import { digitalLeadershipAndGovernance } from './dfe-2026-11/digital-leadership-and-governance';
import { digitalLeadershipAndGovernance as digitalLeadershipAndGovernance2612 } from './dfe-2026-12/digital-leadership-and-governance';
import { filteringAndMonitoring } from './dfe-2026-11/filtering-and-monitoring';
import { filteringAndMonitoring as filteringAndMonitoring2612 } from './dfe-2026-12/filtering-and-monitoring';
import { itSupport } from './dfe-2026-11/it-support';
import { itSupport as itSupport2612 } from './dfe-2026-12/it-support';
import { laptopsDesktopsAndTablets } from './dfe-2026-11/laptops-desktops-and-tablets';
import { laptopsDesktopsAndTablets as laptopsDesktopsAndTablets2612 } from './dfe-2026-12/laptops-desktops-and-tablets';
import { networkCabling } from './dfe-2026-11/network-cabling';
import { networkCabling as networkCabling2612 } from './dfe-2026-12/network-cabling';
import { networkSwitching } from './dfe-2026-11/network-switching';
import { networkSwitching as networkSwitching2612 } from './dfe-2026-12/network-switching';
import { serversAndStorage } from './dfe-2026-11/servers-and-storage';
import { serversAndStorage as serversAndStorage2612 } from './dfe-2026-12/servers-and-storage';
import { wirelessNetwork } from './dfe-2026-11/wireless-network';
import { wirelessNetwork as wirelessNetwork2612 } from './dfe-2026-12/wireless-network';

export const STANDARDS_HUB = 'https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges';

// In the order DfE lists them.
export const DFE_2026_11: Catalogue = CatalogueSchema.parse({
  version: '2026.11',
  title: 'DfE digital and technology standards, as published in autumn 2026',
  publishedOn: '2026-09-16',
  sourceUrl: STANDARDS_HUB,
  standards: [
    broadbandInternet,
    networkSwitching,
    networkCabling,
    wirelessNetwork,
    cyberSecurity,
    filteringAndMonitoring,
    digitalLeadershipAndGovernance,
    laptopsDesktopsAndTablets,
    digitalAccessibility,
    itSupport,
    cloudSolutions,
    serversAndStorage,
  ],
});

// December 2026: the review of 2026.11 against DfE's 2026 text (missing points, markings and
// timings, a hint and a source for every requirement). Held to the editorial rules, which a
// version must pass before it can ship.
export const DFE_2026_12: Catalogue = released({
  version: '2026.12',
  title: 'DfE digital and technology standards, as reviewed in December 2026',
  publishedOn: '2026-12-01',
  sourceUrl: STANDARDS_HUB,
  standards: [
    broadbandInternet2612,
    networkSwitching2612,
    networkCabling2612,
    wirelessNetwork2612,
    cyberSecurity2612,
    filteringAndMonitoring2612,
    digitalLeadershipAndGovernance2612,
    laptopsDesktopsAndTablets2612,
    digitalAccessibility2612,
    itSupport2612,
    cloudSolutions2612,
    serversAndStorage2612,
  ],
});

function released(input: Catalogue): Catalogue {
  const catalogue = CatalogueSchema.parse(input);
  const problems = catalogueQualityProblems(catalogue);
  if (problems.length > 0) throw new Error(`Catalogue ${catalogue.version} is not ready: ${problems.map((p) => `${p.code} ${p.problem}`).join('; ')}`);
  return catalogue;
}

// Oldest first: loading adds any the database lacks.
export const CATALOGUES: readonly Catalogue[] = [DFE_2026_11, DFE_2026_12];
