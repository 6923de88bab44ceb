"""Which artist a release is by (BY_ARTIST): one short text of our own per way
music news states it, in a sentence or in a list layout, and texts that only seem
to state it. The real spaCy pipeline runs through the Extractor; facts below the
default confidence do not count."""

from __future__ import annotations

from extracting import kept_facts


def by_artist(extractor, text: str) -> set[tuple[str, str]]:
    """(release, artist) of the kept BY_ARTIST facts of ``text``."""
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == "BY_ARTIST"}


def features(extractor, text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in kept_facts(extractor, text) if f.relation == "FEATURES"}


# -- the title's closing quote and comma, in either order -------------------------

def test_comma_inside_the_closing_quote(extractor):
    text = 'Her set closed with "Rain Parade," the 1971 single by The Copper Jacks, to loud applause.'
    assert ("Rain Parade", "The Copper Jacks") in by_artist(extractor, text)


def test_comma_inside_quote_performed_by(extractor):
    text = 'The choir then sang "Lantern Street," originally recorded by Maggie Thorne, for the encore.'
    assert ("Lantern Street", "Maggie Thorne") in by_artist(extractor, text)


# -- a release noun, then by / from / of the artist --------------------------------

def test_single_of_labelmates(extractor):
    text = "Yerin sang the bridge on “Iron Kite,” the April single of labelmates KORVA, and joined them on stage."
    assert ("Iron Kite", "KORVA") in by_artist(extractor, text)


def test_album_from_a_place_possessive_band(extractor):
    text = ('Nothing prepared us for "Paper Moths," the second album from Leeds\'s Drowned Orchard, and it '
            'is a quiet triumph.')
    got = by_artist(extractor, text)
    assert ("Paper Moths", "Drowned Orchard") in got
    assert not any(artist == "Leeds" for _, artist in got)


def test_title_track_of_an_album_is_no_artist(extractor):
    text = "Hyun-woo shared a teaser for “Glass Rain,” the title track of NIGHT SAIL 2, on Friday."
    assert not any(artist == "NIGHT SAIL 2" for _, artist in by_artist(extractor, text))


def test_single_from_the_artists_album(extractor):
    text = '"Copper Sky" is the lead single from Odell Frame\'s fourth album, "Slow Country," due in June.'
    assert ("Copper Sky", "Odell Frame") in by_artist(extractor, text)


# -- the artist's name used as an adjective -----------------------------------------

def test_band_name_before_the_release_noun(extractor):
    text = 'We recorded "Lowlands," the only Marrow Kings album, in a barn outside Galway in 2009.'
    assert ("Lowlands", "Marrow Kings") in by_artist(extractor, text)


# -- possessives with describing words ----------------------------------------------

def test_possessive_with_a_genre_word(extractor):
    text = 'Fans first heard Ama Kessie on Tamsin Vail\'s 2019 dance-floor hit "Sugar Fuzz," where she sang the hook.'
    assert ("Sugar Fuzz", "Tamsin Vail") in by_artist(extractor, text)


def test_possessive_favourite_song_is_not_theirs(extractor):
    text = 'Asked about influences, Tamsin Vail\'s favourite song "Blue Bayou" came up at once.'
    assert ("Blue Bayou", "Tamsin Vail") not in by_artist(extractor, text)


def test_group_description_possessive(extractor):
    text = ('A former guitarist of country band Copper Mile is suing his old bandmates over royalties, '
            'including those of the group\'s 2011 hit "Gravel Road Waltz."')
    assert ("Gravel Road Waltz", "Copper Mile") in by_artist(extractor, text)


def test_group_description_with_two_bands_nearby_is_left_open(extractor):
    text = ('The festival booked Slate Harbour and Foxglove Union. Foxglove Union is a new band fronted by '
            'Slate Harbour singer Dan Reece. The band\'s first single, "Kestrel," came out in March.')
    assert ("Kestrel", "Slate Harbour") not in by_artist(extractor, text)


# -- duets: a duet is by both singers -----------------------------------------------

def test_title_then_his_duet_with(extractor):
    text = 'Country singer Rhett Calloway is back in the top 20 with "Prairie Fire," his duet with Josie Marsh.'
    got = by_artist(extractor, text)
    assert {("Prairie Fire", "Josie Marsh"), ("Prairie Fire", "Rhett Calloway")} <= got


def test_duet_with_then_title(extractor):
    text = ('Rhett Calloway became a household name after his 2015 duet with pop singer Josie Marsh, '
            '"Prairie Fire," crossed over to pop radio.')
    assert ("Prairie Fire", "Josie Marsh") in by_artist(extractor, text)


def test_released_the_duet_title_with(extractor):
    text = "Last spring Mina Cho released the duet “Paper Boats” with singer-songwriter Lee Daeho."
    got = by_artist(extractor, text)
    assert {("Paper Boats", "Lee Daeho"), ("Paper Boats", "Mina Cho")} <= got


def test_title_a_duet_with_nationality_and_role(extractor):
    text = 'Before his tour, Arif Zain will release "Monsoon Letters," a duet with Indonesian singer Dewi Lestari.'
    assert ("Monsoon Letters", "Dewi Lestari") in by_artist(extractor, text)


def test_singing_a_standard_in_a_duet_is_not_authorship(extractor):
    text = 'At the gala Rhett Calloway sang "Moon Harbor" in a duet with Josie Marsh.'
    assert ("Moon Harbor", "Josie Marsh") not in by_artist(extractor, text)


# -- list layouts -----------------------------------------------------------------------

def test_numbered_title_dash_artist_list(extractor):
    text = ('The ten songs of the summer, ranked.\n\n'
            '1. "Salt Crown" - KESTRA\nThe quartet\'s second English single.\n\n'
            '2. "Night Bus Psalm" - Dario Venn (with Ruth Alder)\nA slow jam with a gospel choir.\n')
    got = by_artist(extractor, text)
    assert ("Salt Crown", "KESTRA") in got
    assert ("Night Bus Psalm", "Ruth Alder") not in got


def test_award_lines_name_the_category_first(extractor):
    text = ('The winners of the Starlight Music Awards were announced on Saturday.\n\n'
            'Best Dance Performance: KESTRA – “Salt Crown”\n'
            'Song of the Year (Grand Prize): MIRAE – “Indigo Hour Drive”\n')
    got = by_artist(extractor, text)
    assert {("Salt Crown", "KESTRA"), ("Indigo Hour Drive", "MIRAE")} <= got


def test_a_dash_inside_prose_is_no_list_line(extractor):
    text = '"Salt Crown" - the song that made KESTRA famous - was written by Dario Venn in one night.'
    assert ("Salt Crown", "Dario Venn") not in by_artist(extractor, text)


# -- tracks of an album ----------------------------------------------------------------

def test_its_singles_are_by_the_albums_artist(extractor):
    text = ('Director Ana Ruiz shot every clip for Teo Marquez\'s 2019 album "Sol de Agosto," including its '
            'singles "Brasa" and "Sereno."')
    got = by_artist(extractor, text)
    assert {("Sol de Agosto", "Teo Marquez"), ("Brasa", "Teo Marquez"), ("Sereno", "Teo Marquez")} <= got
    assert not any(artist == "Ana Ruiz" for _, artist in got)


def test_track_that_first_appeared_on_an_album(extractor):
    text = ('The record closes with a new take on "Low Tide," which first appeared on Brannagh\'s 2016 solo '
            'album "Skerries."')
    assert ("Low Tide", "Brannagh") in by_artist(extractor, text)


# -- covers and names used as adjectives ---------------------------------------------------

def test_cover_is_also_by_the_covering_artist(extractor):
    text = "Mossgrove's cover of Nina Vale's Silver Lining went to number four this week."
    got = by_artist(extractor, text)
    assert {("Silver Lining", "Mossgrove"), ("Silver Lining", "Nina Vale")} <= got


def test_his_reading_of_a_song(extractor):
    text = 'Tom Ashdown opens the night with his reading of "Dockside Rain," the 1972 single by The Harbour Lads.'
    assert ("Dockside Rain", "Tom Ashdown") in by_artist(extractor, text)


def test_artist_name_before_cover_noun(extractor):
    text = 'Their set ended with the 1979 Nina Vale cover, "Glass Garden," sung by the whole crowd.'
    assert ("Glass Garden", "Nina Vale") in by_artist(extractor, text)


def test_outlet_name_before_single_noun_is_no_artist(extractor):
    text = 'Mara Lind recorded "Snowfall" for the annual Spotify single series.'
    assert not any(artist == "Spotify" for _, artist in by_artist(extractor, text))


# -- breakthroughs, relative clauses and appositions ------------------------------------------

def test_broke_through_with_an_album(extractor):
    text = "Folk duo Hazel Creek broke through with the 2017 album Long Acre, recorded in a church hall."
    assert ("Long Acre", "Hazel Creek") in by_artist(extractor, text)


def test_launched_solo_career_with(extractor):
    text = ('Nadia Reyes got her start in girl group Luma before launching a solo career with the '
            '2020 album "Brisa Norte."')
    assert ("Brisa Norte", "Nadia Reyes") in by_artist(extractor, text)


def test_band_members_in_a_dash_apposition_are_not_the_artist(extractor):
    text = 'Las Brasas - brothers Tomás and Diego Ferro - broke out in 2016 with "Luna Roja," a cumbia.'
    got = by_artist(extractor, text)
    assert ("Luna Roja", "Las Brasas") in got
    assert not any(artist in {"Tomás", "Diego Ferro"} for _, artist in got)


def test_who_released_it(extractor):
    text = 'Songwriter Ida Moss wrote "Tin Roof" for singer Cal Brenner, who released it in 2016.'
    assert ("Tin Roof", "Cal Brenner") in by_artist(extractor, text)


def test_member_in_apposition_releases_solo_album(extractor):
    text = "Ruth Abney, a member of the folk trio Sparrow Lane, released her first solo album, Home Fires, in May."
    got = by_artist(extractor, text)
    assert ("Home Fires", "Ruth Abney") in got
    assert ("Home Fires", "Sparrow Lane") not in got


def test_a_description_before_the_title_names_no_other_release(extractor):
    text = ('Ara Kim is busy. She sang on “Glass Door,” the 2020 single by singer Lee Haru, and last year she '
            'released the duet “Ember” with Park Jiwon.')
    got = by_artist(extractor, text)
    assert ("Ember", "Ara Kim") in got
    assert ("Glass Door", "Ara Kim") not in got
