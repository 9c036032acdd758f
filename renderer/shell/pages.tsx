import {
  AlertOutlined,
  AppstoreOutlined,
  AuditOutlined,
  CloudSyncOutlined,
  BarChartOutlined,
  CalendarOutlined,
  ContactsOutlined,
  FileExcelOutlined,
  FileProtectOutlined,
  FormOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  ScanOutlined,
  ScheduleOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { lazy, type ComponentType, type ReactNode } from 'react';
import { can, type Capability } from '../../core/roles';
import type { Me } from './me';

/**
 * Each page is its own chunk, loaded when first opened: the login screen and
 * the first page paint without parsing every other page's code (and the
 * region tables, ECharts, the QR reader) first.
 */
// Pages take different props (from the session, by `props` below): the registry holds them all.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LazyPage = ComponentType<any> & { preload: () => Promise<unknown> };

function page<P extends Record<string, unknown>>(load: () => Promise<P>, name: keyof P): LazyPage {
  let loading: Promise<P> | null = null;
  const once = () => (loading ??= load());
  const component = lazy(() => once().then((m) => ({ default: m[name] as LazyPage })));
  return Object.assign(component, { preload: once });
}

/** Starts loading the page the URL names while the session is still being checked. */
export function preloadPage(key: string): void {
  void PAGES.find((p) => p.key === key)
    ?.view.preload()
    .catch(() => undefined);
}

/** The page's element for this clerk. */
export function renderPage(entry: PageEntry, me: Me): ReactNode {
  const View = entry.view;
  return <View {...(entry.props?.(me) ?? {})} />;
}

const RoomsPage = page(() => import('../pages/rooms/RoomsPage'), 'RoomsPage');
const FrontDeskPage = page(() => import('../pages/front-desk/FrontDeskPage'), 'FrontDeskPage');
const TenanciesPage = page(() => import('../pages/front-desk/TenanciesPage'), 'TenanciesPage');
const ReceiptPage = page(() => import('../pages/front-desk/ReceiptPage'), 'ReceiptPage');
const WalkInPage = page(() => import('../pages/walk-in/WalkInPage'), 'WalkInPage');
const LetterPage = page(() => import('../pages/walk-in/LetterPage'), 'LetterPage');
const LandlordsPage = page(() => import('../pages/LandlordsPage'), 'LandlordsPage');
const PropertiesPage = page(() => import('../pages/PropertiesPage'), 'PropertiesPage');
const ExcelPage = page(() => import('../pages/ExcelPage'), 'ExcelPage');
const SearchPage = page(() => import('../pages/SearchPage'), 'SearchPage');
const QueuePage = page(() => import('../pages/inspections/QueuePage'), 'QueuePage');
const RecordInspectionPage = page(() => import('../pages/inspections/RecordInspectionPage'), 'RecordInspectionPage');
const HazardsPage = page(() => import('../pages/inspections/HazardsPage'), 'HazardsPage');
const SupervisionPage = page(() => import('../pages/inspections/SupervisionPage'), 'SupervisionPage');
const RulesPage = page(() => import('../pages/inspections/RulesPage'), 'RulesPage');
const NoticePage = page(() => import('../pages/inspections/NoticePage'), 'NoticePage');
const ClerksPage = page(() => import('../pages/ClerksPage'), 'ClerksPage');
const CertificatesPage = page(() => import('../pages/CertificatesPage'), 'CertificatesPage');
const CertificatePage = page(() => import('../pages/CertificatePage'), 'CertificatePage');
const VerifyPage = page(() => import('../pages/VerifyPage'), 'VerifyPage');
const SyncPage = page(() => import('../pages/SyncPage'), 'SyncPage');

/**
 * The app's pages: one entry each, in menu order. `menu: false` keeps a page
 * (a print view, a detail) out of the navigation; `needs` hides it from roles
 * that may not use it (the register refuses them anyway).
 */
export interface PageEntry {
  key: string;
  /** i18n key of the menu label. */
  label: string;
  icon?: ReactNode;
  needs?: Capability;
  menu?: boolean;
  /** Rendered alone, without the shell (print views). */
  bare?: boolean;
  /** The page component (lazy: its own chunk) and the props it takes from the session. */
  view: LazyPage;
  props?: (me: Me) => Record<string, unknown>;
}

export const PAGES: PageEntry[] = [
  {
    key: 'rooms',
    label: 'rooms.title',
    icon: <AppstoreOutlined />,
    view: RoomsPage,
    props: (me) => ({
      deskRegion: me.desk.regionCode,
      canInspect: can(me.clerk.role, 'inspection.record'),
      canReadNotes: can(me.clerk.role, 'register.read'),
    }),
  },
  {
    key: 'frontdesk',
    label: 'tenancy.nav.frontDesk',
    icon: <ContactsOutlined />,
    needs: 'tenancy.write',
    view: FrontDeskPage,
    props: (me) => ({ deskRegion: me.desk.regionCode }),
  },
  { key: 'tenancies', label: 'tenancy.nav.tenancies', icon: <CalendarOutlined />, view: TenanciesPage },
  { key: 'receipt', label: 'tenancy.receipt.title', menu: false, bare: true, view: ReceiptPage },
  { key: 'walkin', label: 'walkIn.nav', icon: <FormOutlined />, needs: 'register.write', view: WalkInPage, props: (me) => ({ me }) },
  {
    key: 'landlords',
    label: 'nav.landlords',
    icon: <UserOutlined />,
    needs: 'register.write',
    view: LandlordsPage,
    props: (me) => ({ me }),
  },
  {
    key: 'properties',
    label: 'nav.properties',
    icon: <HomeOutlined />,
    needs: 'register.write',
    view: PropertiesPage,
    props: (me) => ({ me }),
  },
  { key: 'excel', label: 'excel.nav', icon: <FileExcelOutlined />, view: ExcelPage, props: (me) => ({ me }) },
  { key: 'search', label: 'search.label', menu: false, view: SearchPage, props: (me) => ({ me }) },
  { key: 'letter', label: 'letter.title', menu: false, bare: true, view: LetterPage, props: (me) => ({ me }) },
  { key: 'queue', label: 'inspections.nav.queue', icon: <ScheduleOutlined />, view: QueuePage },
  { key: 'inspect', label: 'inspections.nav.record', icon: <AuditOutlined />, needs: 'inspection.record', view: RecordInspectionPage },
  { key: 'hazards', label: 'inspections.nav.hazards', icon: <AlertOutlined />, view: HazardsPage },
  {
    key: 'supervision',
    label: 'inspections.nav.supervision',
    icon: <BarChartOutlined />,
    needs: 'supervision.view',
    view: SupervisionPage,
  },
  {
    key: 'rules',
    label: 'inspections.nav.rules',
    icon: <FileProtectOutlined />,
    view: RulesPage,
    props: (me) => ({ canLoad: can(me.clerk.role, 'rules.load') }),
  },
  { key: 'clerks', label: 'inspections.nav.clerks', icon: <TeamOutlined />, needs: 'clerks.manage', view: ClerksPage },
  { key: 'notice', label: 'inspections.notice.title', menu: false, bare: true, view: NoticePage },
  {
    key: 'certificates',
    label: 'certificates.nav.list',
    icon: <SafetyCertificateOutlined />,
    needs: 'certificate.issue',
    view: CertificatesPage,
    props: (me) => ({ canVoid: can(me.clerk.role, 'certificate.void') }),
  },
  {
    key: 'verify',
    label: 'certificates.nav.verify',
    icon: <ScanOutlined />,
    view: VerifyPage,
    props: (me) => ({ canImportKeys: can(me.clerk.role, 'keys.import') }),
  },
  { key: 'certificate', label: 'certificates.sheet.title', menu: false, bare: true, view: CertificatePage },
  // Every clerk sees the state; the page itself offers enrolment and answers only to their capabilities.
  { key: 'sync', label: 'syncPage.nav', icon: <CloudSyncOutlined />, view: SyncPage, props: (me) => ({ me }) },
];
