

def save_results(name: str, results: dict) -> None:
    """Writes a benchmark's figures to ``results/<name>.json`` and says where."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    out = root / "results" / f"{name}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"written to {out.relative_to(root)}")
