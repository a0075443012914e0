import type { Language } from '../../shared/i18n';
import { setSummaryLanguage } from '../../shared/domain/workshop-meta';
import { tr } from '../common/i18n';
import { changeWorkshop as change } from '../store/workshop-store';

/** Workshop details ▸ Summary language: one undo step. */
export const changeSummaryLanguage = (language: Language) => change(tr('language.summary.change'), (w) => setSummaryLanguage(w, language));
