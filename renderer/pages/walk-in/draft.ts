import type { LandlordDetail } from '../../../core/schemas/landlord';

/** The form's values, as the walk-in flow's one antd Form holds them. */
export interface WalkInValues {
  landlord: {
    kind: 'person' | 'organisation';
    idType: string;
    idNumber?: string;
    name?: string;
    mobile?: string;
    contactName?: string;
    address?: string;
  };
  property: {
    address: { regionCode?: string; grid?: string; road?: string; houseNumber?: string; detail?: string };
    buildingType: string;
    floors: number | null;
    mixedUse: boolean;
    ebikeArrangement: string;
    usesSandwichPanels: boolean;
  };
  rooms: RoomDraft[];
  letter: { signed: boolean; signedOn?: string };
  firstInspectionOn?: string;
  acknowledgeAddressDuplicate: boolean;
}

export interface RoomDraft {
  label?: string;
  floor: number | null;
  areaM2: number | null;
  hasKitchen: boolean;
  privateBathroom: boolean;
  windowBars: boolean;
  rentMonthly: number | null;
}

export interface WalkInDraft {
  step: number;
  values: WalkInValues;
  /** The registered landlord the clerk chose, if any. */
  existing: LandlordDetail | null;
  /** The ID number last looked up, and the registered landlord it found (not yet chosen). */
  lookedUp: string | null;
  found: LandlordDetail | null;
  savedAt: number;
}

export const emptyRoom = (from?: RoomDraft): RoomDraft => ({
  label: '',
  floor: from?.floor ?? 1,
  areaM2: null,
  hasKitchen: false,
  privateBathroom: false,
  windowBars: false,
  rentMonthly: from?.rentMonthly ?? null,
});

export function freshValues(deskRegion: string, today: string, inspectionOn: string): WalkInValues {
  return {
    landlord: { kind: 'person', idType: 'resident_id' },
    property: {
      address: { regionCode: deskRegion },
      buildingType: 'self_built',
      floors: 3,
      mixedUse: false,
      ebikeArrangement: 'none',
      usesSandwichPanels: false,
    },
    rooms: [emptyRoom()],
    letter: { signed: false, signedOn: today },
    firstInspectionOn: inspectionOn,
    acknowledgeAddressDuplicate: false,
  };
}

/**
 * The flow is saved in the register only at its end; until then the draft
 * lives in this workstation's storage, per clerk, so an accidental reload
 * loses nothing. It holds what the landlord told the clerk at the counter, so
 * it goes away when the registration is finished or discarded.
 */
const keyOf = (clerkId: string) => `desk.walkIn.draft:${clerkId}`;

export function loadDraft(clerkId: string): WalkInDraft | null {
  try {
    const raw = localStorage.getItem(keyOf(clerkId));
    return raw ? (JSON.parse(raw) as WalkInDraft) : null;
  } catch {
    return null;
  }
}

export function saveDraft(clerkId: string, draft: WalkInDraft): void {
  try {
    localStorage.setItem(keyOf(clerkId), JSON.stringify(draft));
  } catch {
    // Storage full or refused: the flow still works, only the reload safety net is gone.
  }
}

export function clearDraft(clerkId: string): void {
  try {
    localStorage.removeItem(keyOf(clerkId));
  } catch {
    // Nothing to clear.
  }
}

/** True when a room row holds nothing yet: the clerk's "I am done" row. */
export const isBlankRoom = (r: RoomDraft | undefined) => !r || (!r.label?.trim() && (r.areaM2 === null || r.areaM2 === undefined));
