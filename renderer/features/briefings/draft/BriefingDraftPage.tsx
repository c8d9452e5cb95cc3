// The author's page for the next version of an event's briefing (route /briefings/:eventId/draft).
// Only briefing authors and admins get the form; anyone else is sent back to reading.
import { Button, Center, Loader } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { Navigate, useNavigate, useParams } from 'react-router';
import { canAuthorBriefings } from '../../../../shared/domain/localProfile';
import { PageLayout } from '../../../app/PageLayout';
import { briefingVersions } from '../../../data/briefings/queries';
import { useDb } from '../../../data/dbContext';
import { eventById } from '../../../data/events/queries';
import { localProfile } from '../../../data/meta/queries';
import { useAppStore } from '../../../store/appStore';
import { selectSelectBriefingsEvent } from '../../../store/briefingsSlice';
import { BriefingDraftForm } from './BriefingDraftForm';

export function BriefingDraftPage() {
  const { eventId = '' } = useParams();
  const db = useDb();
  const navigate = useNavigate();
  const selectEvent = useAppStore(selectSelectBriefingsEvent);
  // Read once: live updates must not reset the form while the author types.
  const data = useLiveQuery(async () => {
    const [event, profile, versions] = await Promise.all([eventById(db, eventId), localProfile(db), briefingVersions(db, eventId)]);
    return { event: event && event.deletedAt === null ? event : null, profile, versions };
  }, [db, eventId]);

  if (!data) {
    return (
      <PageLayout title="Briefing draft" description="Loading…">
        <Center py="xl">
          <Loader size="sm" aria-label="Loading the draft" />
        </Center>
      </PageLayout>
    );
  }
  if (!canAuthorBriefings(data.profile.role)) return <Navigate to="/briefings" replace />;
  if (!data.event) {
    return (
      <PageLayout title="Briefing draft" description="This event does not exist on this device.">
        <Button variant="default" onClick={() => void navigate('/briefings')}>
          Back to briefings
        </Button>
      </PageLayout>
    );
  }

  const draft = data.versions.find((b) => b.status === 'draft') ?? null;
  const current = data.versions.find((b) => b.status === 'published') ?? null;
  const version = draft?.version ?? Math.max(0, ...data.versions.map((b) => b.version)) + 1;
  const back = () => {
    selectEvent(eventId);
    void navigate('/briefings');
  };
  return (
    <PageLayout
      title={`${draft ? 'Edit draft' : 'New'} version ${version}`}
      description={`${data.event.name}: ${current ? `starts from version ${current.version}, the current one` : 'the first version of this briefing'}. Drafts are visible to briefing authors only.`}
    >
      <BriefingDraftForm key={eventId} eventId={eventId} version={version} draft={draft} current={current} issuer={{ id: data.profile.id, name: data.profile.name }} onPublished={back} onCancel={back} />
    </PageLayout>
  );
}
