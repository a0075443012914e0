import { useTranslation } from 'react-i18next';
import { memo, useState } from 'react';
import type { Zone } from '../../shared/schema';
import { useWorkshop } from '../store/workshop-store';
import { renameZoneTo } from './canvas-commands';
import { useCanvasUiStore } from './canvas-ui-store';
import { focusZone } from './viewport-commands';
import { LIMITS } from '../../shared/schema/limits';

/** A zone of the canvas: a labelled region, focusable (where `N` adds a note), renamable, zoomable. */
const ZoneRegion = memo(function ZoneRegion(props: { zone: Zone; noteIds: string }) {
  const { t } = useTranslation();
  const { zone } = props;
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(zone.title);
  const focused = useCanvasUiStore((s) => s.focusedZoneId === zone.id);
  const finish = () => {
    setRenaming(false);
    if (!draft.trim()) setDraft(zone.title);
  };
  return (
    <section
      className={`zone${focused ? ' zone--focused' : ''}`}
      role="region"
      aria-label={zone.title}
      aria-owns={props.noteIds || undefined}
      tabIndex={0}
      data-zone-id={zone.id}
      style={{ left: zone.x, top: zone.y, width: zone.width, height: zone.height }}
      onFocus={(event) => {
        if (event.target === event.currentTarget) useCanvasUiStore.getState().setFocusedZone(zone.id);
      }}
    >
      <div className="zone__header">
        {renaming ? (
          <input
            className="zone__title-input"
            aria-label={t('canvas.zone.newName', { zone: zone.title })}
            value={draft}
            maxLength={LIMITS.zone.title}
            autoFocus
            onFocus={(event) => event.target.select()}
            onChange={(event) => {
              setDraft(event.target.value);
              if (event.target.value.trim()) renameZoneTo(zone.id, event.target.value);
            }}
            onBlur={finish}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === 'Escape') {
                event.preventDefault();
                finish();
              }
            }}
          />
        ) : (
          <h2 className="zone__title">{zone.title}</h2>
        )}
        <div className="zone__tools">
          <button
            type="button"
            className="zone__tool"
            aria-label={t('canvas.zone.rename', { zone: zone.title })}
            title={t('canvas.zone.renameTitle')}
            onClick={() => {
              setDraft(zone.title);
              setRenaming(true);
            }}
          >
            ✎
          </button>
          <button
            type="button"
            className="zone__tool"
            aria-label={t('canvas.zone.zoomTo', { zone: zone.title })}
            title={t('canvas.zone.zoomToTitle')}
            onClick={() => focusZone(zone.id)}
          >
            ⤢
          </button>
        </div>
      </div>
      {zone.hint && <p className="zone__hint">{zone.hint}</p>}
    </section>
  );
});

export function ZonesLayer() {
  const zones = useWorkshop((w) => w.canvas.zones);
  const notes = useWorkshop((w) => w.canvas.notes);
  // Each zone owns its notes in the accessibility tree (the notes are drawn on one layer above the zones).
  const owned = new Map<string, string[]>();
  for (const note of notes) {
    if (!note.zoneId) continue;
    const list = owned.get(note.zoneId);
    if (list) list.push(`note-${note.id}`);
    else owned.set(note.zoneId, [`note-${note.id}`]);
  }
  return (
    <div className="zones-layer">
      {zones.map((zone) => (
        <ZoneRegion key={zone.id} zone={zone} noteIds={owned.get(zone.id)?.join(' ') ?? ''} />
      ))}
    </div>
  );
}
