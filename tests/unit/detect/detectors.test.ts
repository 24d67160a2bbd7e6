import { describe, expect, it } from 'vitest';
import { nameForms, schoolHost } from '@/utils/detect/school-identity';
import { isRudeWord } from '@/utils/detect/offensive';
import { found, kinds } from './support';

describe('roster names', () => {
  it('finds pupils, young former pupils, parents and staff, each with a role; a first name alone never counts', () => {
    expect(found('Well done Ellie Smith!', 'roster-name')).toEqual(['Ellie Smith']);
    expect(found('Liam Patel is back in town', 'roster-name')).toEqual(['Liam Patel']);
    expect(found('Happy birthday Meera Hughes 🎂', 'roster-name')).toEqual(['Meera Hughes']);
    expect(found('Thanks @ellie.s09', 'roster-name')).toEqual(['@ellie.s09']);
    expect(kinds('Ellie was great, so was Mr Patel')).toEqual([]);
    expect(kinds('Grace Okafor is 21 now')).toEqual([]);
  });

  it('allows one slip in a capitalised longer surname after a roster given name', () => {
    expect(found('Lovely card from Meera Hughse today', 'roster-name')).toEqual(['Meera Hughse']);
    expect(found('Lovely card from Meera Hughesy today', 'roster-name')).toEqual(['Meera Hughesy']);
    // Not after a word that is no roster given name, and not in lower case (ordinary words).
    expect(found('Lovely card from Mira Hughse today', 'roster-name')).toEqual([]);
  });
});

describe('contact details', () => {
  it.each([
    ['ring me on 07700 900123', '07700 900123'],
    ['+44 7700 900123 any time', '+44 7700 900123'],
    ['office (020) 7946 0018', '(020) 7946 0018'],
    ['my French mobile +33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['US cell +1 415 555 0132', '+1 415 555 0132'],
    ['postcode M1 1AE', 'M1 1AE'],
    ['postcode sw1a1aa', 'sw1a1aa'],
    ['write to jo.bloggs@gmail.com', 'jo.bloggs@gmail.com'],
    ['we are at 14 Elm Grove now', '14 Elm Grove'],
    ["Flat 2, 7 Queen's Road", "7 Queen's Road"],
  ])('finds %j', (text, words) => {
    expect(found(text, 'contact-details')).toEqual([words]);
  });

  it.each([
    'we live near the M1 area',
    'our road is Elm Grove',
    'order 0123456 arrives on 12/05/2026 at 10:30',
    'it cost £1,250 and the score was 3-1',
    'see https://example.com/page?id=123456789',
    'Year 6 walked 5 miles round the park',
    'card ending 1234 5678 9012 3456',
  ])('leaves %j alone', (text) => {
    expect(found(text, 'contact-details')).toEqual([]);
  });
});

describe('school identity', () => {
  it('reads the school name with or without its school words, but never the distinctive word alone', () => {
    expect(nameForms('Riverside Community Primary School').map((f) => f.join(' '))).toEqual(
      expect.arrayContaining(['riverside community primary school', 'riverside primary', 'riverside primary school', 'riverside school']),
    );
    expect(nameForms('Riverside Community Primary School').map((f) => f.join(' '))).not.toContain('riverside community');
    expect(nameForms('Riverside Community Primary School').map((f) => f.join(' '))).not.toContain('riverside');
  });

  it.each([
    ['Proud to work at Riverside Community Primary School', 'name'],
    ['riverside primary christmas fair!', 'name'],
    ['Loved it #RiversidePrimary', 'tag'],
    ['follow @RiversideCPS', 'tag'],
    ['rcps staff do tonight', 'alias'],
    ['news on www.riverside.sch.uk/news', 'website'],
  ])('finds %j', (text) => {
    expect(kinds(text)).toContain('school-identity');
  });

  it.each(['A walk along Riverside Walk', 'Match at the Riverside Stadium', 'lunch at the riverside café', 'Riverside Academy won', 'riverside.sch.uk.example.com'])('leaves %j alone', (text) => {
    expect(kinds(text)).not.toContain('school-identity');
  });

  it('accepts a bare domain or a full address for the website', () => {
    expect(schoolHost('riverside.sch.uk')).toBe('riverside.sch.uk');
    expect(schoolHost('https://www.riverside.sch.uk/about')).toBe('riverside.sch.uk');
    expect(schoolHost('not a website')).toBe('');
  });
});

describe('school matters', () => {
  it.each(['Parents’ evening tonight, wish me luck', 'Ofsted are in tomorrow', 'my Year 4s were brilliant today', 'Two more redundancies announced in the staff meeting', 'A boy in my class was excluded'])('finds %j', (text) => {
    expect(kinds(text)).toContain('school-matters');
  });
  it.each(['Interesting article on Ofsted reform on the radio', 'So tired, marking all weekend', 'Christmas fair on Saturday, all welcome'])('leaves %j alone', (text) => {
    expect(kinds(text)).not.toContain('school-matters');
  });
});

describe('offensive language', () => {
  it.each(['what the fuck', 'f u c k this', 'sh1t day', 'f*ck me', 'fuuuuck', 'utter b0ll0cks', 'total bellend', 'SH1T'])('finds %j', (text) => {
    expect(kinds(text)).toContain('offensive');
  });
  it.each(['Scunthorpe', 'Penistone', 'Clitheroe', 'the cockpit', 'blue tits on the feeder', 'great tit', 'Dickens', 'assess', 'Sussex', 'shiitake', 'cocktail', 'bloody hell, damn, crap', 'at 3pm on the 2nd'])(
    'leaves %j alone',
    (text) => {
      expect(kinds(text)).not.toContain('offensive');
    },
  );
  it('looks words up whole or by stem, never inside a whitelisted word', () => {
    expect(isRudeWord('motherfucker')).toBe(true);
    expect(isRudeWord('scunthorpe')).toBe(false);
    expect(isRudeWord('dickens')).toBe(false);
  });
});

describe('complaints', () => {
  it.each(['SLT have no idea what they are doing', 'Our head is useless', 'The new marking policy is a joke', 'Some colleagues never pull their weight', 'Meera Hughes is useless'])('finds %j', (text) => {
    expect(kinds(text)).toContain('complaint');
  });
  it.each(['Trains cancelled again, absolutely useless', 'The weather is awful', 'So tired tonight'])('leaves %j alone', (text) => {
    expect(kinds(text)).not.toContain('complaint');
  });
});

describe('the schoolWebsite setting', () => {
  it('takes a bare domain as an admin types it, or a full address', async () => {
    const { resolveSettings } = await import('@/utils/config/merge');
    for (const schoolWebsite of ['riverside.sch.uk', 'www.riverside.sch.uk/news', 'https://riverside.sch.uk/', 'http://riverside.sch.uk']) {
      expect(resolveSettings({}, { schoolWebsite }).problems).toEqual([]);
    }
    expect(resolveSettings({}, { schoolWebsite: 'riverside' }).problems[0]?.path).toBe('schoolWebsite');
  });
});
