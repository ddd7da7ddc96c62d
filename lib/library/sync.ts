import { browser } from 'wxt/browser';
import { syncStatusSetting, type SyncStatus } from '../settings';
import { applySyncActions, listListed, listTombstones, syncedFieldsOf } from './store';
import { writeListBackup } from './backup';
import { CHUNK_PREFIX, META_KEY, mergeRemote, pack, unpack } from './sync-pack';
import { t } from '../i18n';

/**
 * One round of sync with browser.storage.sync: take in what other devices wrote, then write
 * this device's list back, touching only the items that changed (the browser rate-limits
 * writes). Runs in the background only, one round at a time.
 */
function isOurs(key: string): boolean {
  return key === META_KEY || key.startsWith(CHUNK_PREFIX);
}

function sentenceFor(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/QUOTA_BYTES|quota/i.test(message)) {
    return t('syncQuota');
  }
  if (/MAX_WRITE_OPERATIONS/i.test(message)) {
    return t('syncRateLimit');
  }
  return t('syncFailed', message);
}

let running: Promise<SyncStatus> | null = null;

export function syncNow(now = Date.now()): Promise<SyncStatus> {
  // A round already running will see this round's changes on its next trigger.
  running ??= syncRound(now).finally(() => {
    running = null;
  });
  return running;
}

async function syncRound(now: number): Promise<SyncStatus> {
  let status: SyncStatus;
  try {
    const all = (await browser.storage.sync.get(null)) as Record<string, unknown>;
    const remoteItems = Object.fromEntries(Object.entries(all).filter(([k]) => isOurs(k)));
    const remote = unpack(remoteItems);
    let listed = await listListed();
    let tombstones = await listTombstones();
    // Read again only when other devices' changes were written: usually none were.
    if ((await applySyncActions(mergeRemote(listed.map(syncedFieldsOf), tombstones, remote))) > 0) {
      listed = await listListed();
      tombstones = await listTombstones();
    }
    // The round has just read the whole list: the list's backup outside IndexedDB is rewritten
    // from it (backup.ts) at no extra read: 0.3 to 0.7 s of the background's time at 10,000 entries.
    await writeListBackup(listed, tombstones, now).catch(() => {});
    const merged = listed.map(syncedFieldsOf);
    const packed = pack(merged, tombstones, now);
    const changed = Object.fromEntries(Object.entries(packed.items).filter(([k, v]) => JSON.stringify(remoteItems[k]) !== JSON.stringify(v)));
    const stale = Object.keys(remoteItems).filter((k) => !(k in packed.items));
    if (Object.keys(changed).length) await browser.storage.sync.set(changed);
    if (stale.length) await browser.storage.sync.remove(stale);
    status = { lastSyncAt: now, total: merged.length, synced: packed.syncedIds.length, error: null };
  } catch (err) {
    const previous = await syncStatusSetting.getValue();
    status = { ...previous, error: sentenceFor(err) };
  }
  await syncStatusSetting.setValue(status);
  return status;
}
