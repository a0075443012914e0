import { useEffect, useId, useRef, useState } from 'react';
import { WORKSHOP_TEMPLATES, type WorkshopTemplateId } from '../../shared/domain/workshop-templates';
import type { RecentFile } from '../../shared/ipc';
import { openRecentWorkshop, openWorkshop } from '../files/public';
import { api } from '../api/copstudio-api';
import { folderOf } from '../files/public';
import { useHelpStore } from '../help/public';
import { openExampleWorkshop, startFromTemplate } from './welcome-actions';
import { templateText, WELCOME_TEXT as T } from './welcome-text';
import { NextSessionLine } from '../community/public';
import './welcome.css';

const TEMPLATE_IDS = Object.keys(WORKSHOP_TEMPLATES) as WorkshopTemplateId[];

/**
 * What the app shows when no workshop is open (first launch, File ▸ New): start from a template, open the
 * example workshop, open a file or a recent one. The primary action, "New workshop", has the focus.
 */
export function WelcomeScreen() {
  const [template, setTemplate] = useState<WorkshopTemplateId>('vision');
  const [recent, setRecent] = useState<RecentFile[] | null>(null);
  const primary = useRef<HTMLButtonElement>(null);
  const ids = { heading: useId(), start: useId(), open: useId(), recent: useId(), exampleHint: useId() };
  useEffect(() => {
    primary.current?.focus();
    let live = true;
    void api()
      .listRecentFiles()
      .then((result) => live && setRecent(result.ok ? result.value : []));
    return () => {
      live = false;
    };
  }, []);
  return (
    <main className="welcome" aria-labelledby={ids.heading}>
      <div className="welcome__inner">
        <header className="welcome__header">
          <h1 id={ids.heading}>{T.heading}</h1>
          <p className="welcome__intro">{T.intro}</p>
          <button type="button" className="button welcome__help" onClick={() => useHelpStore.getState().show()}>
            {T.help}
          </button>
        </header>
        <div className="welcome__columns">
          <section className="welcome__card" aria-labelledby={ids.start}>
            <h2 id={ids.start}>{T.startHeading}</h2>
            <fieldset className="welcome__templates">
              <legend>{T.templateLegend}</legend>
              {TEMPLATE_IDS.map((id) => (
                <TemplateChoice
                  key={id}
                  id={id}
                  checked={template === id}
                  onChoose={() => setTemplate(id)}
                  onStart={() => startFromTemplate(id)}
                />
              ))}
            </fieldset>
            <button
              ref={primary}
              type="button"
              className="button button--primary welcome__primary"
              onClick={() => startFromTemplate(template)}
            >
              {T.newWorkshop}
            </button>
          </section>
          <section className="welcome__card" aria-labelledby={ids.open}>
            <h2 id={ids.open}>{T.openHeading}</h2>
            <button
              type="button"
              className="button welcome__wide"
              aria-describedby={ids.exampleHint}
              onClick={() => void openExampleWorkshop()}
            >
              {T.openExample}
            </button>
            <p id={ids.exampleHint} className="welcome__hint">
              {T.openExampleHint}
            </p>
            <button type="button" className="button welcome__wide" onClick={() => void openWorkshop()}>
              {T.openFile}
            </button>
            <h3 id={ids.recent}>{T.recentHeading}</h3>
            {recent === null ? (
              <p className="welcome__hint">{T.recentLoading}</p>
            ) : recent.length === 0 ? (
              <p className="welcome__hint">{T.recentEmpty}</p>
            ) : (
              <ul className="welcome__recent" aria-labelledby={ids.recent}>
                {recent.slice(0, 6).map((file) => (
                  <li key={file.path}>
                    <button
                      type="button"
                      className="welcome__recent-item"
                      title={file.path}
                      onClick={() => void openRecentWorkshop(file.path)}
                    >
                      <span className="welcome__recent-name">{file.name}</span>
                      <span className="welcome__recent-folder">{folderOf(file.path)}</span>
                      <NextSessionLine date={file.nextSessionDate} />
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </main>
  );
}

function TemplateChoice(props: { id: WorkshopTemplateId; checked: boolean; onChoose: () => void; onStart: () => void }) {
  const inputId = useId();
  const descriptionId = useId();
  const text = templateText(props.id);
  return (
    <div className={props.checked ? 'welcome__template welcome__template--checked' : 'welcome__template'}>
      <input
        id={inputId}
        type="radio"
        name="welcome-template"
        checked={props.checked}
        aria-describedby={descriptionId}
        onChange={props.onChoose}
        onKeyDown={(event) => {
          if (event.key === 'Enter') props.onStart();
        }}
      />
      <label htmlFor={inputId} onDoubleClick={props.onStart}>
        <span className="welcome__template-label">{text.label}</span>
        <span id={descriptionId} className="welcome__template-description">
          {text.description}
        </span>
      </label>
    </div>
  );
}
