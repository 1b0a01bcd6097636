import { Pipe, PipeTransform } from '@angular/core';
import { berlinDateTime, type Locale } from '@kohorte/contracts';

/**
 * `{{ offer.expiresAt | berlinTime: language.lang() }}`: a deadline as the emails state it, in
 * German time with the zone named, whatever zone the browser is in, so that a page and its email
 * never disagree.
 */
@Pipe({ name: 'berlinTime' })
export class BerlinTimePipe implements PipeTransform {
  transform(iso: string | null | undefined, lang: Locale): string {
    return iso ? berlinDateTime(iso, lang) : '';
  }
}
