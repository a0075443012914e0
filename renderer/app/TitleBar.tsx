import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fileNameOf, useFileStore } from '../files/file-store';
import { useWorkshop } from '../store/workshop-store';
import { SaveStatusIndicator } from '../files/SaveStatusIndicator';
import { renameCommunityTo, renameWorkshopTo } from './workshop-commands';
import { ExportMenu } from '../export/ExportMenu';
import { ActionMenuButton } from '../common/ActionMenuButton';
import { ActionButton } from '../common/ActionButton';
import { HelpButton } from '../help/HelpDialog';
import { WorkshopsButton } from '../community/WorkshopsDialog';
import { LIMITS } from '../../shared/schema/limits';

const FILE_ACTION_IDS = ['file.new', 'file.open', 'file.save', 'file.saveAs'] as const;
/** Less frequent file commands, behind a "More" menu so the title bar stays on one row on a laptop. */
const MORE_ACTION_IDS = [
  'file.openRecent',
  'file.backups',
  'file.details',
  'view.language.system',
  'view.language.en',
  'view.language.fr',
] as const;

/** Enter ends the edit (a title is one line). */
const endOnEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
  if (event.key !== 'Enter') return;
  event.preventDefault();
  event.currentTarget.blur();
};

export function TitleBar() {
  const title = useWorkshop((w) => w.meta.title);
  const community = useWorkshop((w) => w.meta.community);
  const path = useFileStore((state) => state.path);
  const { t } = useTranslation();
  // Text areas have no value attribute; mirror it, as the inputs had (tests and tools select by [value]).
  const titleRef = useRef<HTMLTextAreaElement>(null);
  const communityRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => titleRef.current?.setAttribute('value', title), [title]);
  useEffect(() => communityRef.current?.setAttribute('value', community), [community]);
  return (
    <header className="title-bar">
      <div className="title-bar__names">
        <label className="visually-hidden" htmlFor="workshop-title">
          {t('app.titleBar.title')}
        </label>
        {/* Text areas sized to their content: a long title or community name wraps instead of being cut. */}
        <textarea
          ref={titleRef}
          id="workshop-title"
          className="title-bar__title"
          value={title}
          rows={1}
          placeholder={t('app.titleBar.titlePlaceholder')}
          maxLength={LIMITS.workshop.title}
          onKeyDown={endOnEnter}
          onChange={(event) => renameWorkshopTo(event.target.value)}
        />
        <div className="title-bar__sub">
          <label className="visually-hidden" htmlFor="workshop-community">
            {t('app.titleBar.community')}
          </label>
          <textarea
            ref={communityRef}
            id="workshop-community"
            className="title-bar__community"
            value={community}
            rows={1}
            placeholder={t('app.titleBar.communityPlaceholder')}
            maxLength={LIMITS.workshop.community}
            onKeyDown={endOnEnter}
            onChange={(event) => renameCommunityTo(event.target.value)}
          />
          <SaveStatusIndicator />
        </div>
      </div>
      <span className="title-bar__file" title={path ?? undefined}>
        {fileNameOf(path)}
      </span>
      <div className="title-bar__actions" role="toolbar" aria-label={t('app.titleBar.fileActions')}>
        {FILE_ACTION_IDS.map((id) => (
          <ActionButton key={id} id={id} />
        ))}
        <ActionMenuButton label={t('app.titleBar.more')} ids={MORE_ACTION_IDS} />
      </div>
      <WorkshopsButton />
      <ExportMenu />
      <HelpButton />
    </header>
  );
}
