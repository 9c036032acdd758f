import { AlertOutlined, AppstoreOutlined, AuditOutlined, BarChartOutlined, FileProtectOutlined, HomeOutlined, ScheduleOutlined, TeamOutlined, UserOutlined, SafetyCertificateOutlined, ScanOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Capability } from '../../core/roles';
import { BoardPage } from '../pages/BoardPage';
import { LandlordsPage } from '../pages/LandlordsPage';
import { PropertiesPage } from '../pages/PropertiesPage';
import { can } from '../../core/roles';
import { ClerksPage } from '../pages/ClerksPage';
import { HazardsPage } from '../pages/inspections/HazardsPage';
import { NoticePage } from '../pages/inspections/NoticePage';
import { QueuePage } from '../pages/inspections/QueuePage';
import { RecordInspectionPage } from '../pages/inspections/RecordInspectionPage';
import { RulesPage } from '../pages/inspections/RulesPage';
import { SupervisionPage } from '../pages/inspections/SupervisionPage';
import type { Me } from './me';
import { CertificatePage } from '../pages/CertificatePage';
import { CertificatesPage } from '../pages/CertificatesPage';
import { VerifyPage } from '../pages/VerifyPage';
import { FrontDeskPage } from '../pages/front-desk/FrontDeskPage';
import { TenanciesPage } from '../pages/front-desk/TenanciesPage';
import { RackPage } from '../pages/front-desk/RackPage';
import { ReceiptPage } from '../pages/front-desk/ReceiptPage';
import { CalendarOutlined, ContactsOutlined, TableOutlined } from '@ant-design/icons';
import { FileExcelOutlined, FormOutlined } from '@ant-design/icons';
import { WalkInPage } from '../pages/walk-in/WalkInPage';
import { LetterPage } from '../pages/walk-in/LetterPage';
import { SearchPage } from '../pages/SearchPage';
import { ExcelPage } from '../pages/ExcelPage';

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
  render: (me: Me) => ReactNode;
}

export const PAGES: PageEntry[] = [
  { key: 'board', label: 'nav.board', icon: <AppstoreOutlined />, render: () => <BoardPage /> },
  { key: 'rack', label: 'tenancy.nav.rack', icon: <TableOutlined />, render: (me) => <RackPage deskRegion={me.desk.regionCode} /> },
  { key: 'frontdesk', label: 'tenancy.nav.frontDesk', icon: <ContactsOutlined />, needs: 'tenancy.write', render: (me) => <FrontDeskPage deskRegion={me.desk.regionCode} /> },
  { key: 'tenancies', label: 'tenancy.nav.tenancies', icon: <CalendarOutlined />, render: () => <TenanciesPage /> },
  { key: 'receipt', label: 'tenancy.receipt.title', menu: false, bare: true, render: () => <ReceiptPage /> },
  { key: 'walkin', label: 'walkIn.nav', icon: <FormOutlined />, needs: 'register.write', render: (me) => <WalkInPage me={me} /> },
  { key: 'landlords', label: 'nav.landlords', icon: <UserOutlined />, needs: 'register.write', render: (me) => <LandlordsPage me={me} /> },
  { key: 'properties', label: 'nav.properties', icon: <HomeOutlined />, needs: 'register.write', render: (me) => <PropertiesPage me={me} /> },
  { key: 'excel', label: 'excel.nav', icon: <FileExcelOutlined />, render: (me) => <ExcelPage me={me} /> },
  { key: 'search', label: 'search.label', menu: false, render: (me) => <SearchPage me={me} /> },
  { key: 'letter', label: 'letter.title', menu: false, bare: true, render: (me) => <LetterPage me={me} /> },
  { key: 'queue', label: 'inspections.nav.queue', icon: <ScheduleOutlined />, render: () => <QueuePage /> },
  { key: 'inspect', label: 'inspections.nav.record', icon: <AuditOutlined />, needs: 'inspection.record', render: () => <RecordInspectionPage /> },
  { key: 'hazards', label: 'inspections.nav.hazards', icon: <AlertOutlined />, render: () => <HazardsPage /> },
  { key: 'supervision', label: 'inspections.nav.supervision', icon: <BarChartOutlined />, needs: 'supervision.view', render: () => <SupervisionPage /> },
  { key: 'rules', label: 'inspections.nav.rules', icon: <FileProtectOutlined />, render: (me) => <RulesPage canLoad={can(me.clerk.role, 'rules.load')} /> },
  { key: 'clerks', label: 'inspections.nav.clerks', icon: <TeamOutlined />, needs: 'clerks.manage', render: () => <ClerksPage /> },
  { key: 'notice', label: 'inspections.notice.title', menu: false, bare: true, render: () => <NoticePage /> },
  { key: 'certificates', label: 'certificates.nav.list', icon: <SafetyCertificateOutlined />, needs: 'certificate.issue', render: (me) => <CertificatesPage canVoid={can(me.clerk.role, 'certificate.void')} /> },
  { key: 'verify', label: 'certificates.nav.verify', icon: <ScanOutlined />, render: (me) => <VerifyPage canImportKeys={can(me.clerk.role, 'keys.import')} /> },
  { key: 'certificate', label: 'certificates.sheet.title', menu: false, bare: true, render: () => <CertificatePage /> },
];
