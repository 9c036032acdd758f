import { Alert, App, Button, Card, Form, Space, Steps, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { contract, type ProcedureInput, type ProcedureOutput } from '../../../core/api/contract';
import { addDays } from '../../../core/dates';
import type { Lang } from '../../../core/i18n/types';
import type { LandlordDetail } from '../../../core/schemas/landlord';
import type { AddressMatch } from '../../../core/schemas/property';
import { compactInput } from '../../../core/validation/normalize';
import { ApiError, invoke } from '../../api/client';
import { useProcedureMutation } from '../../api/queries';
import { checkWith, showIssues, type FieldIssue } from '../../forms/issues';
import type { Me } from '../../shell/me';
import { useDeskToday } from '../../shell/useDeskToday';
import { clearDraft, emptyRoom, freshValues, isBlankRoom, loadDraft, saveDraft, type RoomDraft, type WalkInValues } from './draft';
import { InspectionStep } from './InspectionStep';
import { enterIsTheElements } from './keys';
import { LandlordStep } from './LandlordStep';
import { LetterStep } from './LetterStep';
import { PropertyStep } from './PropertyStep';
import { RoomsStep } from './RoomsStep';
import { WalkInDone } from './WalkInDone';
import { useSay } from '../../i18n/say';

type Done = ProcedureOutput<'walkIns.register'>;
type Input = ProcedureInput<'walkIns.register'>;

const STEPS = ['landlord', 'property', 'rooms', 'letter', 'inspection'] as const;
/** Which step owns an issue, by the start of its path. */
const STEP_PATHS: string[][] = [
  ['landlord', 'landlordId'],
  ['property', 'acknowledgeAddressDuplicate'],
  ['rooms'],
  ['letter'],
  ['firstInspectionOn'],
];
const stepOf = (path: string) =>
  Math.max(
    0,
    STEP_PATHS.findIndex((ps) => ps.some((p) => path === p || path.startsWith(`${p}.`))),
  );
/** A first inspection a few days out: the inspector's queue needs the time. */
const INSPECTION_AFTER_DAYS = 3;

/**
 * 房东来访登记: one guided flow at the counter — landlord (found by ID or
 * new), property, rooms, responsibility letter, first inspection — saved in
 * one transaction at the end (`walkIns.register`). Until then the draft lives
 * in this workstation's storage, so a reload loses nothing and an abandoned
 * flow leaves nothing in the register.
 */
export function WalkInPage({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const say = useSay();
  const lang = i18n.language as Lang;
  const { message } = App.useApp();
  const [form] = Form.useForm<WalkInValues>();
  const today = useDeskToday();
  const [step, setStep] = useState(0);
  const [existing, setExisting] = useState<LandlordDetail | null>(null);
  const [found, setFound] = useState<LandlordDetail | null>(null);
  const [lookedUp, setLookedUp] = useState<string | null>(null);
  const [matches, setMatches] = useState<AddressMatch[]>([]);
  const [banner, setBanner] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  const [ready, setReady] = useState(false);
  const register = useProcedureMutation('walkIns.register');
  const state = useRef({ step, existing, lookedUp, found });
  state.current = { step, existing, lookedUp, found };
  /** Nothing typed yet, nothing to keep: a fresh flow leaves no draft behind. */
  const touched = useRef(false);

  const persist = useCallback(() => {
    if (!touched.current) return;
    const s = state.current;
    saveDraft(me.clerk.id, { ...s, values: form.getFieldsValue(true) as WalkInValues, savedAt: Date.now() });
  }, [form, me.clerk.id]);

  const start = useCallback(
    (landlord: LandlordDetail | null = null) => {
      touched.current = landlord !== null;
      clearDraft(me.clerk.id);
      const values = freshValues(me.desk.regionCode, today, addDays(today, INSPECTION_AFTER_DAYS));
      if (landlord) values.letter = { signed: landlord.letterSigned, signedOn: landlord.letterSignedOn ?? today };
      form.resetFields();
      form.setFieldsValue(values);
      setExisting(landlord);
      setFound(null);
      setLookedUp(null);
      setMatches([]);
      setBanner([]);
      setDone(null);
      setRestoredAt(null);
      setStep(landlord ? 1 : 0);
    },
    [form, me.clerk.id, me.desk.regionCode, today],
  );

  // A draft left by a reload is picked up where it stopped.
  useEffect(() => {
    const draft = loadDraft(me.clerk.id);
    if (draft) {
      touched.current = true;
      form.setFieldsValue(draft.values);
      setExisting(draft.existing);
      setLookedUp(draft.lookedUp ?? null);
      setFound(draft.found ?? null);
      setStep(draft.step);
      setRestoredAt(draft.savedAt);
    } else start();
    setReady(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (ready && !done) persist();
  }, [step, existing, lookedUp, found, ready, done, persist]);

  // The first field of each step takes the focus, so the clerk never reaches for the mouse.
  // (Child effects run first: the step's fields are registered by the time this runs.)
  useEffect(() => {
    if (!ready || done) return;
    if (step === 0) {
      if (found) document.getElementById('walkin-use-existing')?.focus();
      else if (!existing) form.focusField(lookedUp ? ['landlord', 'name'] : ['landlord', 'idNumber']);
    }
    if (step === 1) form.focusField(['property', 'address', 'road']);
    if (step === 2) {
      const rooms = form.getFieldValue('rooms') as RoomDraft[];
      form.focusField(['rooms', Math.max(0, rooms.length - 1), 'label']);
    }
    if (step === 3) document.getElementById('walkin-letter-signed')?.focus();
    if (step === 4) document.getElementById('walkin-finish')?.focus();
  }, [step, ready, done, found, existing, lookedUp, form]);

  const values = () => form.getFieldsValue(true) as WalkInValues;

  const buildInput = (): Input => {
    const v = values();
    const { address, ...property } = v.property;
    return {
      ...(existing
        ? { landlordId: existing.id }
        : {
            landlord: { ...v.landlord, idNumber: v.landlord.idNumber ?? '', mobile: v.landlord.mobile ?? '', name: v.landlord.name ?? '' },
          }),
      property: { ...property, floors: property.floors as number, address: { ...address, regionCode: address.regionCode ?? '' } },
      rooms: v.rooms.filter((r) => !isBlankRoom(r)) as Input['rooms'],
      letter: v.letter.signed ? { signed: true, signedOn: v.letter.signedOn } : { signed: false },
      firstInspectionOn: v.firstInspectionOn ?? '',
      acknowledgeAddressDuplicate: v.acknowledgeAddressDuplicate,
    } as Input;
  };

  /** The contract's own schema over the whole flow, keeping the issues of one step. */
  const stepIssues = (s: number): FieldIssue[] =>
    checkWith(contract['walkIns.register'].input, buildInput(), lang).filter((i) => stepOf(i.path) === s);

  const show = (issues: FieldIssue[]) => setBanner(showIssues(form, issues));

  const lookup = async (): Promise<void> => {
    const v = values().landlord;
    const number = compactInput(v.idNumber ?? '').toUpperCase();
    const local = stepIssues(0).filter((i) => i.path === 'landlord.idNumber' || i.path === 'landlord.idType');
    if (local.length) return show(local);
    setBanner([]);
    const r = await invoke('landlords.findByIdNumber', { idType: v.idType as 'resident_id', idNumber: number });
    setLookedUp(number);
    setFound(r.landlord);
  };

  const useLandlord = (l: LandlordDetail) => {
    setExisting(l);
    setFound(null);
    form.setFieldValue('letter', { signed: l.letterSigned, signedOn: l.letterSignedOn ?? today });
    setStep(1);
  };

  const checkAddress = async (): Promise<boolean> => {
    const v = values();
    const { matches: m } = await invoke('properties.checkAddress', { address: buildInput().property.address });
    setMatches(m);
    if (m.length > 0 && !v.acknowledgeAddressDuplicate) {
      setBanner([t('walkIn.property.mustAcknowledge')]);
      setTimeout(() => document.getElementById('walkin-acknowledge')?.focus(), 30);
      return false;
    }
    return true;
  };

  const dropBlankRooms = () => {
    const rooms = (form.getFieldValue('rooms') as RoomDraft[]).filter((r) => !isBlankRoom(r));
    form.setFieldValue('rooms', rooms.length ? rooms : [emptyRoom()]);
    return rooms.length;
  };

  const submit = async () => {
    setBusy(true);
    try {
      const r = await register.mutateAsync(buildInput());
      clearDraft(me.clerk.id);
      setDone(r);
      for (const w of r.warnings) message.warning(say(w.message));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const details = e.details as { existingId?: string; addressMatches?: AddressMatch[] } | undefined;
      if (e.code === 'CONFLICT' && details?.existingId) {
        // Registered meanwhile at another window: offer that landlord instead.
        setFound(await invoke('landlords.get', { id: details.existingId }));
        setStep(0);
        setBanner([t('walkIn.conflictLandlord')]);
      } else if (e.code === 'CONFLICT' && details?.addressMatches) {
        setMatches(details.addressMatches);
        setStep(1);
        setBanner([e.message]);
      } else if (e.issues.length) {
        setStep(stepOf(e.issues[0]!.path));
        setTimeout(() => show(e.issues), 50);
      } else setBanner([e.message]);
    } finally {
      setBusy(false);
    }
  };

  const next = async () => {
    if (busy) return;
    setBanner([]);
    if (step === 0 && !existing) {
      const number = compactInput(values().landlord.idNumber ?? '').toUpperCase();
      if (lookedUp !== number) return lookup();
      if (found) return document.getElementById('walkin-use-existing')?.focus();
    }
    if (step === 2 && dropBlankRooms() === 0) return setBanner([t('walkIn.rooms.none')]);
    const issues = stepIssues(step);
    if (issues.length) return show(issues);
    if (step === 1 && !(await checkAddress())) return;
    if (step === STEPS.length - 1) return submit();
    setStep(step + 1);
  };

  /** Enter in a room row: the next row, a new row, or — on an empty last row — the next step. */
  const roomEnter = (el: HTMLElement) => {
    const rooms = form.getFieldValue('rooms') as RoomDraft[];
    const index = Number(el.closest('[data-room-index]')?.getAttribute('data-room-index') ?? rooms.length - 1);
    const last = rooms.length - 1;
    if (index < last) return form.focusField(['rooms', index + 1, 'label']);
    if (isBlankRoom(rooms[last])) return void next();
    const issues = stepIssues(2).filter((i) => i.path.startsWith(`rooms.${index}.`));
    if (issues.length) return show(issues);
    // Rendered and focused before this keystroke ends: a fast typist's next label lands in the new row.
    flushSync(() => {
      setBanner([]);
      form.setFieldValue('rooms', [...rooms, emptyRoom(rooms[last])]);
    });
    form.focusField(['rooms', last + 1, 'label']);
    persist();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      return void next();
    }
    if (enterIsTheElements(e.nativeEvent)) return;
    e.preventDefault();
    const el = e.target as HTMLElement;
    if (step === 0 && !existing && el.id === 'walkin_landlord_idNumber') return void lookup();
    if (step === 2 && el.closest('[data-room-index]')) return roomEnter(el);
    void next();
  };

  const onValuesChange = (changed: Partial<WalkInValues>) => {
    touched.current = true;
    // A new address needs a new look for duplicates; a new ID number, a new lookup.
    if (changed.property?.address) {
      setMatches([]);
      if (values().acknowledgeAddressDuplicate) form.setFieldValue('acknowledgeAddressDuplicate', false);
    }
    if (changed.landlord && ('idNumber' in changed.landlord || 'idType' in changed.landlord) && !existing) {
      setFound(null);
      setLookedUp(null);
    }
    persist();
  };

  const discard = () => {
    start();
    message.info(t('walkIn.discarded'));
  };

  if (done) {
    return (
      <WalkInDone
        done={done}
        onSameLandlord={async () => start(await invoke('landlords.get', { id: done.landlord.id }))}
        onNext={() => start()}
      />
    );
  }

  return (
    <Card title={t('walkIn.title')} extra={<Typography.Text type="secondary">{t('walkIn.hint')}</Typography.Text>}>
      {restoredAt && (
        <Alert
          type="info"
          showIcon
          closable
          style={{ marginBottom: 12 }}
          title={t('walkIn.draftRestored', { time: new Date(restoredAt).toLocaleTimeString(lang === 'en' ? 'en-GB' : 'zh-CN') })}
          action={
            <Button size="small" onClick={discard}>
              {t('walkIn.discardDraft')}
            </Button>
          }
        />
      )}
      <Steps
        current={step}
        size="small"
        style={{ marginBottom: 24 }}
        items={STEPS.map((s) => ({ title: t(`walkIn.steps.${s}`) }))}
        onChange={(s) => s < step && setStep(s)}
      />
      {banner.map((b) => (
        <Alert key={b} type="error" showIcon title={b} style={{ marginBottom: 12 }} role="alert" />
      ))}
      <div onKeyDown={onKeyDown} data-testid="walkin-step" data-step={STEPS[step]}>
        <Form form={form} name="walkin" layout="vertical" onValuesChange={onValuesChange} requiredMark={false}>
          {step === 0 && (
            <LandlordStep
              form={form}
              existing={existing}
              found={found}
              lookedUp={lookedUp !== null}
              onUse={useLandlord}
              onChangeLandlord={() => {
                setExisting(null);
                setLookedUp(null);
              }}
            />
          )}
          {step === 1 && <PropertyStep deskRegion={me.desk.regionCode} matches={matches} />}
          {step === 2 && <RoomsStep form={form} />}
          {step === 3 && (
            <LetterStep
              onPrint={() => {
                persist();
                window.location.hash = '#/letter?draft=1';
              }}
            />
          )}
          {step === 4 && <InspectionStep values={values()} existing={existing} busy={busy} onFinish={() => void next()} />}
        </Form>
        <Space style={{ marginTop: 16 }}>
          {step > 0 && (
            <Button onClick={() => setStep(step - 1)} tabIndex={-1}>
              {t('walkIn.back')}
            </Button>
          )}
          {step < STEPS.length - 1 && (
            <Button type="primary" onClick={() => void next()} tabIndex={-1}>
              {t('walkIn.next')}
            </Button>
          )}
        </Space>
      </div>
    </Card>
  );
}
