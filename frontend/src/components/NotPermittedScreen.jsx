import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useMe } from '@/lib/permissions';
import { screensFor } from '@/lib/screens';

/**
 * A whole screen the role may not use: what is missing (the right, in words),
 * whom to ask, and a way to a screen the role can use, if it has one.
 */
export function NotPermittedScreen({ permission }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const [home] = screensFor(me);
  const wanted = [permission ?? []].flat();
  let subTitle = t('errors.askAdministrator');
  if (wanted.length === 1) {
    subTitle = t('errors.screenNeeds', { permission: t(`permissions.${wanted[0]}`) });
  } else if (wanted.length > 1) {
    const names = wanted.map((p) => `“${t(`permissions.${p}`)}”`);
    subTitle = t('errors.screenNeedsAny', {
      permissions: names.join(t('errors.orJoin')),
    });
  }
  return (
    <Result
      status="403"
      title={t('errors.screenNotPermitted')}
      subTitle={subTitle}
      extra={
        home && <Link to={home[0]}>{t('errors.goTo', { screen: t(home[1]) })}</Link>
      }
    />
  );
}

/** A part of a screen the role may not see, with the right it lacks in words. */
export function NotPermittedPart({ permission }) {
  const { t } = useTranslation();
  return (
    <Result
      status="info"
      title={t('errors.notPermitted')}
      subTitle={t('errors.partNeeds', { permission: t(`permissions.${permission}`) })}
    />
  );
}
