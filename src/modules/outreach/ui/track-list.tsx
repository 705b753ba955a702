import type { Workspace } from "../server/workspace.service";
import { AddContact } from "./add-contact";
import { ContactCard, type CardContext } from "./contact-card";
import { EmptyTrack, TrackHeading } from "./track-heading";

/** The list layout: the tracks side by side (stacked on a phone), each with its people's full cards. */
export function TrackList({ workspace, context }: { workspace: Workspace; context: CardContext }) {
  const { tracks, progress } = workspace;
  return (
    <div className={tracks.length > 1 ? "grid gap-6 lg:grid-cols-2" : "grid gap-6"}>
      {tracks.map((track) => {
        const counted = progress.tracks.find((t) => t.id === track.id);
        return (
          <section key={track.id} aria-labelledby={`track-${track.id}`} className="min-w-0 space-y-3">
            <TrackHeading track={track} interviewed={counted?.interviewed ?? 0} complete={counted?.complete ?? false} />
            {track.contacts.length === 0 ? (
              <EmptyTrack canEdit={context.canEdit} />
            ) : (
              <ul className="space-y-3">
                {track.contacts.map((contact) => (
                  <li key={contact.id} id={`contact-${contact.id}`} className="scroll-mt-4">
                    <ContactCard contact={contact} context={context} />
                  </li>
                ))}
              </ul>
            )}
            {context.canEdit && (
              <AddContact
                practiceSlug={context.practiceSlug}
                projectId={context.projectId}
                trackId={track.id}
                trackName={track.name}
                tracks={context.tracks}
                people={context.people}
              />
            )}
          </section>
        );
      })}
    </div>
  );
}
