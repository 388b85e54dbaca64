// Every catalogue version shipped with Waypoint. A new DfE release gets a new folder and entry
// here; loading it (npm run db:load-catalogues, or npm start) adds a version without code changes.
import { CatalogueSchema, type Catalogue } from '../catalogue-schema';
import { broadbandInternet } from './dfe-2026-11/broadband-internet';
import { cloudSolutions } from './dfe-2026-11/cloud-solutions';
import { cyberSecurity } from './dfe-2026-11/cyber-security';
import { digitalAccessibility } from './dfe-2026-11/digital-accessibility';
import { digitalLeadershipAndGovernance } from './dfe-2026-11/digital-leadership-and-governance';
import { filteringAndMonitoring } from './dfe-2026-11/filtering-and-monitoring';
import { itSupport } from './dfe-2026-11/it-support';
import { laptopsDesktopsAndTablets } from './dfe-2026-11/laptops-desktops-and-tablets';
import { networkCabling } from './dfe-2026-11/network-cabling';
import { networkSwitching } from './dfe-2026-11/network-switching';
import { serversAndStorage } from './dfe-2026-11/servers-and-storage';
import { wirelessNetwork } from './dfe-2026-11/wireless-network';

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

export const CATALOGUES: readonly Catalogue[] = [DFE_2026_11];
