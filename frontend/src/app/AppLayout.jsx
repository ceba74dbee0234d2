import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';

import { useAuth } from '@/app/AuthGate';
import { LanguageSwitch } from '@/app/LanguageSwitch';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { useIsPhone } from '@/components/useIsPhone';
import { useMe } from '@/lib/permissions';
import { screensFor } from '@/lib/screens';

/** Who is signed in, and the way out; on a phone the name is left out. */
function UserMenu({ isPhone }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const { me } = useMe();
  if (!auth) return null;

  const name = me?.displayName || me?.username || auth.name;
  return (
    <Flex align="center" gap="small">
      {!isPhone && <Typography.Text type="secondary">{name}</Typography.Text>}
      <Button
        size="small"
        icon={<LogoutOutlined aria-hidden />}
        onClick={() => auth.signOut()}
        aria-label={t('auth.signOut')}
        title={t('auth.signOut')}
      />
    </Flex>
  );
}

function Header({ isPhone }) {
  const { t } = useTranslation();
  return (
    <Layout.Header
      style={{
        background: '#fff',
        borderBottom: '1px solid #f0f0f0',
        paddingInline: isPhone ? 12 : 24,
      }}
    >
      <Flex
        justify="space-between"
        align="center"
        gap="small"
        style={{ height: '100%' }}
      >
        <Link to="/customers" aria-label={t('app.home')}>
          <Typography.Text strong style={{ fontSize: 18 }}>
            {isPhone ? 'CIMS' : t('app.title')}
          </Typography.Text>
        </Link>
        <nav aria-label={t('app.navigation')}>
          <NavLinks isPhone={isPhone} />
        </nav>
        <Flex align="center" gap="small">
          <LanguageSwitch />
          <UserMenu isPhone={isPhone} />
        </Flex>
      </Flex>
    </Layout.Header>
  );
}

/** Links on a desk; one menu button on a phone, where five links do not fit. */
function NavLinks({ isPhone }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const links = screensFor(me);
  if (isPhone) {
    const items = links.map(([to, key]) => ({
      key: to,
      label: <Link to={to}>{t(key)}</Link>,
    }));
    return (
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button aria-label={t('app.navigation')} icon={<MenuOutlined />} />
      </Dropdown>
    );
  }
  return (
    <Flex gap="middle" wrap>
      {links.map(([to, key]) => (
        <Link key={to} to={to}>
          {t(key)}
        </Link>
      ))}
    </Flex>
  );
}

/** The screens, once `me` says what the user may do: nothing shows first and
 * then vanishes. */
function Screens() {
  const { me, error, refetch } = useMe();
  if (error && !me) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!me) return <LoadingState />;
  return <Outlet />;
}

export function AppLayout() {
  const isPhone = useIsPhone();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header isPhone={isPhone} />
      <Layout.Content
        style={{
          padding: isPhone ? 12 : 24,
          maxWidth: 1400,
          width: '100%',
          margin: '0 auto',
        }}
      >
        <main>
          <Screens />
        </main>
      </Layout.Content>
    </Layout>
  );
}
