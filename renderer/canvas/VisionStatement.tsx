import { useTranslation } from 'react-i18next';
import { useLayoutEffect, useRef, useState } from 'react';
import { useWorkshop } from '../store/workshop-store';
import { editVisionStatement } from './canvas-commands';
import { LIMITS } from '../../shared/schema/limits';

/**
 * The community's vision, written from the top themes: a multi-line field above the canvas. Its row keeps
 * one height (the board below never moves); while focused the field grows to its whole text, over the toolbar
 * and the board, and shrinks back on blur. The projector shows it large (renderer/projector).
 */
export function VisionStatement() {
  const { t } = useTranslation();
  const text = useWorkshop((w) => w.canvas.visionStatement);
  const [focused, setFocused] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = '';
    if (focused) el.style.height = `${Math.max(el.clientHeight, el.scrollHeight + 2)}px`;
  }, [text, focused]);
  return (
    <div className="vision">
      <label className="vision__label" htmlFor="vision-statement">
        {t('canvas.vision.label')}
      </label>
      <div className="vision__field">
        <textarea
          ref={ref}
          id="vision-statement"
          className={`vision__text${focused ? ' vision__text--open' : ''}`}
          value={text}
          maxLength={LIMITS.vision}
          placeholder={t('canvas.vision.placeholder')}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onChange={(event) => editVisionStatement(event.target.value)}
        />
      </div>
    </div>
  );
}
