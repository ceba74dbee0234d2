import { LogoutOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';

import { useAuth } from '@/app/AuthGate';
import { LanguageSwitch } from '@/app/LanguageSwitch';
import { useIsPhone } from '@/components/useIsPhone';

/** Who is signed in, and the way out; on a phone the name is left out. */
function UserMenu({ isPhone }) {
  const { t } = useTranslation();
  const auth = useAuth();
  if (!auth) return null;

  return (
    <Flex align="center" gap="small">
      {!isPhone && <Typography.Text type="secondary">{auth.name}</Typography.Text>}
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
        <Flex component="nav" aria-label={t('app.navigation')} gap="small" wrap>
          <Link to="/customers">{t('app.nav.customers')}</Link>
          <Link to="/segments">{t('app.nav.segments')}</Link>
          <Link to="/analytics">{t('app.nav.analytics')}</Link>
        </Flex>
        <Flex align="center" gap="small">
          <LanguageSwitch />
          <UserMenu isPhone={isPhone} />
        </Flex>
      </Flex>
    </Layout.Header>
  );
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
          <Outlet />
        </main>
      </Layout.Content>
    </Layout>
  );
}
