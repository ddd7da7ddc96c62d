import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ALIGNMENTS, FONTS, LINE_HEIGHTS, THEMES, WIDTHS, type ReadingSettings } from '@/lib/reading-settings';

const FONT_LABELS = { serif: 'Serif', sans: 'Sans-serif', mono: 'Monospace', system: 'System' } as const;
const THEME_LABELS = { auto: 'Auto', light: 'Light', sepia: 'Sepia', dark: 'Dark', contrast: 'High contrast' } as const;
const WIDTH_LABELS = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' } as const;
const ALIGN_LABELS = { start: 'Ragged', justify: 'Justified' } as const;

interface Props {
  settings: ReadingSettings;
  onChange(patch: Partial<ReadingSettings>): void;
}

function Choice<T extends string | number>({ legend, name, options, value, label, onPick }: { legend: string; name: string; options: readonly T[]; value: T; label(v: T): ComponentChildren; onPick(v: T): void }) {
  return (
    <fieldset class="okur-choice">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label>
          <input type="radio" name={name} value={String(o)} checked={o === value} onChange={() => onPick(o)} />
          <span>{label(o)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The reading settings behind one button in the toolbar: open it, change, see it live. */
export function ReadingSettingsPanel({ settings, onChange }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <div class="okur-settings">
      <button type="button" class="okur-button" aria-expanded={open} aria-controls="okur-settings-panel" onClick={() => setOpen(!open)}>
        Reading settings
      </button>
      {open && (
        <div id="okur-settings-panel" class="okur-settings-panel" role="group" aria-label="Reading settings">
          <Choice legend="Theme" name="theme" options={THEMES} value={settings.theme} label={(v) => THEME_LABELS[v]} onPick={(theme) => onChange({ theme })} />
          <Choice legend="Font" name="font" options={FONTS} value={settings.font} label={(v) => FONT_LABELS[v]} onPick={(font) => onChange({ font })} />
          <Choice legend="Line height" name="lineHeight" options={LINE_HEIGHTS} value={settings.lineHeight as (typeof LINE_HEIGHTS)[number]} label={(v) => String(v)} onPick={(lineHeight) => onChange({ lineHeight })} />
          <Choice legend="Width" name="width" options={WIDTHS} value={settings.width} label={(v) => WIDTH_LABELS[v]} onPick={(width) => onChange({ width })} />
          <Choice legend="Alignment" name="align" options={ALIGNMENTS} value={settings.align} label={(v) => ALIGN_LABELS[v]} onPick={(align) => onChange({ align })} />
        </div>
      )}
    </div>
  );
}
