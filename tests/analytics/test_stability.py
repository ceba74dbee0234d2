import numpy as np
import pytest

from cims.analytics import stability


def _normal(mean: float, size: int = 5000, seed: int = 1) -> np.ndarray:
    return np.random.default_rng(seed).normal(mean, 1.0, size)


def test_psi_of_identical_samples_is_zero():
    sample = _normal(0.0)

    assert stability.psi(sample, sample) == pytest.approx(0.0, abs=1e-12)


def test_psi_of_two_samples_of_one_population_stays_below_watch_level():
    value = stability.psi(_normal(0.0, seed=1), _normal(0.0, seed=2))

    assert value < stability.WATCH_AT


def test_psi_of_a_sample_shifted_by_one_deviation_passes_the_warning_level():
    value = stability.psi(_normal(0.0, seed=1), _normal(1.0, seed=2))

    assert value > stability.WARN_AT


def test_numeric_profile_has_ten_bins_plus_missing_and_shares_sum_to_one():
    profile = stability.numeric_profile(_normal(0.0), bins=10)

    assert len(profile.edges) == 9
    assert len(profile.shares) == 11
    assert sum(profile.shares) == pytest.approx(1.0)
    assert profile.shares[-1] == 0.0


def test_missing_values_count_as_a_bin_of_their_own():
    reference = _normal(0.0)
    current = np.where(np.arange(reference.size) % 2 == 0, np.nan, reference)

    assert stability.psi(reference, current) > stability.WARN_AT


def test_values_that_do_not_parse_count_as_missing():
    profile = stability.numeric_profile([1.0, 2.0, 3.0, 4.0])

    value = stability.psi_against(profile, [1.0, "n/a", None, 4.0])

    assert value > stability.WARN_AT


def test_categorical_psi_is_zero_for_the_same_mix_and_large_for_unseen_ones():
    reference = ["rent"] * 60 + ["owner"] * 40
    profile = stability.categorical_profile(reference)

    same = stability.psi_against(profile, ["owner"] * 40 + ["rent"] * 60)
    unseen = stability.psi_against(profile, ["rent"] * 50 + ["boat"] * 50)

    assert profile.categories == ("owner", "rent")
    assert same == pytest.approx(0.0, abs=1e-12)
    assert unseen > stability.WARN_AT


def test_report_warns_only_about_what_drifted():
    scores = _normal(0.0, seed=3)
    inputs = {"income": _normal(5.0, seed=4), "age": _normal(40.0, seed=5)}
    profiles = {name: stability.numeric_profile(v) for name, v in inputs.items()}
    current = {"income": _normal(6.5, seed=6), "age": _normal(40.0, seed=7)}

    result = stability.report(
        stability.numeric_profile(scores), _normal(0.0, seed=8), profiles, current
    )

    assert result.drifted
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith("income PSI ")
    assert result.input_psi["age"] < stability.WATCH_AT
    assert result.score_psi < stability.WATCH_AT


def test_report_of_stable_data_has_no_warning():
    profile = stability.numeric_profile(_normal(0.0))

    result = stability.report(profile, _normal(0.0, seed=9), {}, {})

    assert not result.drifted
    assert result.to_dict()["warnings"] == []
