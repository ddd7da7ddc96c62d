import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatNumber, t, type PlainKey } from '@/lib/i18n';
import { ALIGNMENTS, FONTS, LINE_HEIGHTS, THEMES, WIDTHS, type Alignment, type Font, type ReadingSettings, type Theme, type Width } from '@/lib/reading-settings';

/** Each option's name, in the interface language. */
const FONT_LABELS = { serif: 'fontSerif', sans: 'fontSans', mono: 'fontMono', system: 'fontSystem', dyslexic: 'fontDyslexic' } as const satisfies Record<Font, PlainKey>;
const THEME_LABELS = { auto: 'themeAuto', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark', contrast: 'themeContrast' } as const satisfies Record<Theme, PlainKey>;
const WIDTH_LABELS = { narrow: 'widthNarrow', medium: 'widthMedium', wide: 'widthWide' } as const satisfies Record<Width, PlainKey>;
const ALIGN_LABELS = { start: 'alignStart', justify: 'alignJustify' } as const satisfies Record<Alignment, PlainKey>;

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
        {t('readingSettings')}
      </button>
      {open && (
        <div id="okur-settings-panel" class="okur-settings-panel" role="group" aria-label={t('readingSettings')}>
          <Choice legend={t('settingTheme')} name="theme" options={THEMES} value={settings.theme} label={(v) => t(THEME_LABELS[v])} onPick={(theme) => onChange({ theme })} />
          <Choice legend={t('settingFont')} name="font" options={FONTS} value={settings.font} label={(v) => t(FONT_LABELS[v])} onPick={(font) => onChange({ font })} />
          <Choice legend={t('settingLineHeight')} name="lineHeight" options={LINE_HEIGHTS} value={settings.lineHeight as (typeof LINE_HEIGHTS)[number]} label={(v) => formatNumber(v)} onPick={(lineHeight) => onChange({ lineHeight })} />
          <Choice legend={t('settingWidth')} name="width" options={WIDTHS} value={settings.width} label={(v) => t(WIDTH_LABELS[v])} onPick={(width) => onChange({ width })} />
          <Choice legend={t('settingAlignment')} name="align" options={ALIGNMENTS} value={settings.align} label={(v) => t(ALIGN_LABELS[v])} onPick={(align) => onChange({ align })} />
        </div>
      )}
    </div>
  );
}
