"""'Save these to my summary': merging and the page of saved places."""
from bot.directory import saved


def test_merge_keeps_order_and_each_place_once():
    a = [{"id": "1", "name": "Memory Cafe"}]
    b = [{"id": "1", "name": "Memory Cafe"}, {"id": "2", "name": "Lunch Club"}]
    assert [s["id"] for s in saved.merge(a, b)] == ["1", "2"]


def test_page_escapes_and_lists_places():
    page = saved.render_html([{"name": "<b>Cafe</b>", "contact": "0113 496 0149"}], "Exampleshire")
    assert "&lt;b&gt;Cafe&lt;/b&gt;" in page and "0113 496 0149" in page
