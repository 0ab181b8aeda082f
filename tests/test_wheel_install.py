"""The package as a normal wheel in a fresh virtual environment finds all of its resources."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_and_validates_a_demo(tmp_path):
    wheel_dir = tmp_path / "wheel"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheel_dir), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(wheel_dir.glob("samson_desktop-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    # Only what validate and scores need (the model is made of msgspec Structs); the GUI libraries are
    # not required to prove resource lookup.
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)], check=True)
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", "jsonschema", "fastjsonschema", "msgspec"], check=True)
    run_dir = tmp_path / "elsewhere"
    run_dir.mkdir()
    demo = run_dir / "demo.samson"
    shutil.copy(ROOT / "resources" / "demo" / "demo-t1.samson", demo)
    samson = env_dir / "bin" / "samson"
    result = subprocess.run([str(samson), "validate", str(demo)], capture_output=True, text=True, cwd=run_dir)
    assert result.returncode == 0, result.stderr
    assert f"{demo}: valid" in result.stdout
    where = subprocess.run(
        [str(py), "-c", "from samson_desktop.resources import resource_path; print(resource_path('schema'))"],
        capture_output=True, text=True, cwd=run_dir,
    )
    assert str(env_dir) in where.stdout, "resources must come from the installed wheel, not the checkout"
    scores = subprocess.run([str(samson), "scores", "--json", str(demo)], capture_output=True, text=True, cwd=run_dir)
    assert scores.returncode == 0 and '"overall"' in scores.stdout
