const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Berlin',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall-clock reading in Berlin of an instant, as its fields. */
function berlinFields(ms: number): { day: string; time: string; asUtc: number } {
  const parts = Object.fromEntries(
    PARTS.formatToParts(new Date(ms)).map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  const day = `${parts['year']}-${parts['month']}-${parts['day']}`;
  const time = `${parts['hour']}:${parts['minute']}`;
  const asUtc = Date.UTC(
    Number(parts['year']),
    Number(parts['month']) - 1,
    Number(parts['day']),
    Number(parts['hour']),
    Number(parts['minute']),
    Number(parts['second']),
  );
  return { day, time, asUtc };
}

/**
 * The instant of a Berlin wall-clock time (`2027-01-10`, `09:00`) as an ISO string with `Z`;
 * null when the day or time is not one. Calls open and close in German time whatever the
 * manager's own zone is.
 */
export function berlinMoment(day: string, time: string): string | null {
  const dayMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dayMatch || !timeMatch) return null;
  const wanted = Date.UTC(
    Number(dayMatch[1]),
    Number(dayMatch[2]) - 1,
    Number(dayMatch[3]),
    Number(timeMatch[1]),
    Number(timeMatch[2]),
  );
  if (Number.isNaN(wanted)) return null;
  // Guess with the offset at the wanted reading, then correct once across a DST change.
  let instant = wanted - (berlinFields(wanted).asUtc - wanted);
  instant = wanted - (berlinFields(instant).asUtc - instant);
  return new Date(instant).toISOString();
}

/** The Berlin day and time of an instant, for the form's inputs. */
export function berlinDayTime(iso: string): { day: string; time: string } {
  const { day, time } = berlinFields(new Date(iso).getTime());
  return { day, time };
}
