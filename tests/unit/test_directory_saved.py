"""'Save these to my summary': merging and the page of saved places."""
from bot.directory import saved


def test_merge_keeps_order_and_each_place_once():
    a = [{"id": "1", "name": "Memory Cafe"}]
    b = [{"id": "1", "name": "Memory Cafe"}, {"id": "2", "name": "Lunch Club"}]
    assert [s["id"] for s in saved.merge(a, b)] == ["1", "2"]


def test_page_escapes_and_lists_places():
    page = saved.render_html([{"name": "<b>Cafe</b>", "contact": "0113 496 0149"}], "Exampleshire")
    assert "&lt;b&gt;Cafe&lt;/b&gt;" in page and "0113 496 0149" in page


SWIMS = [{"id": "a", "name": "Accessible Swim Session"}, {"id": "b", "name": "Aqua Fit"}]
BEFRIENDERS = [{"id": "c", "name": "Home Visit Befrienders", "focus": True},
               {"id": "d", "name": "Befriender Volunteer Roles"},
               {"id": "e", "name": "Phone Friends Befriending"}]


def names(places):
    return [p["name"] for p in places]


def test_several_places_named_are_all_saved_from_this_list_and_earlier_ones():
    """Round eight: "can u save the befriender one and the swimming one" saved only the swim."""
    assert names(saved.chosen("can u save the befriender one and the swimming one", SWIMS,
                              None, BEFRIENDERS)) == ["Home Visit Befrienders",
                                                      "Accessible Swim Session"]
    assert names(saved.chosen("save the aqua fit, and the phone friends", SWIMS, None,
                              BEFRIENDERS)) == ["Aqua Fit", "Phone Friends Befriending"]


def test_one_place_or_these_still_mean_what_they_did():
    assert names(saved.chosen("save the swimming one", SWIMS, SWIMS[0], BEFRIENDERS)) == \
        ["Accessible Swim Session"]
    assert names(saved.chosen("save these", SWIMS, None, BEFRIENDERS)) == names(SWIMS)


def test_the_reply_names_the_places_saved():
    reply = saved.saved_reply(SWIMS)
    assert "Accessible Swim Session and Aqua Fit" in reply
