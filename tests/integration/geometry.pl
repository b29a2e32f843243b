#!/usr/bin/perl
# Geometry checks from the PDF itself: the widget /Rect of a signature (from
# `kyso-cli verify --json`) against text positions (from `pdftotext -bbox`).
#   geometry.pl block JSON SIGNO PDF PAGE FIRST_TITLE_WORD LAST_TITLE_WORD NAME_FIRST_WORD
#     prints: dx gap_above gap_below   (points; gaps >= 0 mean no overlap)
#   geometry.pl seal JSON SIGNO SEALNO
#     prints: overlap_fraction seal_left_of_signature(0/1) seal_width_pt
#   geometry.pl rect JSON SIGNO
#     prints: page x y w h
use strict;
use warnings;
use JSON::PP;

sub sigs {
    my ($file) = @_;
    open my $fh, '<', $file or die "$file: $!";
    local $/;
    my $j = decode_json(<$fh>);
    return $j->{signatures};
}

my $mode = shift;
if ($mode eq 'rect') {
    my ($json, $n) = @ARGV;
    my $s = sigs($json)->[$n - 1];
    print join(' ', $s->{page}, @{ $s->{rect} }), "\n";
    exit 0;
}
if ($mode eq 'seal') {
    my ($json, $sigNo, $sealNo) = @ARGV;
    my $all = sigs($json);
    my ($sx, $sy, $sw, $sh) = @{ $all->[$sigNo - 1]{rect} };
    my ($kx, $ky, $kw, $kh) = @{ $all->[$sealNo - 1]{rect} };
    my $overlap = ($kx + $kw - $sx) / $sw;
    printf "%.4f %d %.3f\n", $overlap, ($kx < $sx ? 1 : 0), $kw;
    exit 0;
}
if ($mode eq 'block') {
    my ($json, $n, $pdf, $page, $first, $last, $name) = @ARGV;
    my $s = sigs($json)->[$n - 1];
    my @words;
    my ($H) = (0);
    open my $p, '-|', 'pdftotext', '-f', $page, '-l', $page, '-bbox', $pdf, '-' or die;
    while (<$p>) {
        $H = $1 if /<page width="[\d.]+" height="([\d.]+)"/;
        push @words, { x0 => $1, y0 => $2, x1 => $3, y1 => $4, t => $5 }
          if /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/;
    }
    close $p;
    my @right = grep { $_->{x0} > 250 } @words;
    my ($f) = grep { $_->{t} eq $first } @right;
    my @l = grep { $_->{t} eq $last } @right;
    my $lw = (sort { $a->{y0} <=> $b->{y0} } grep { $_->{y0} >= $f->{y0} } @l)[0];
    my ($nw) = grep { $_->{t} eq $name } @right;
    die "words not found\n" unless $f && $lw && $nw;
    my @title = grep { $_->{y0} >= $f->{y0} - 1 && $_->{y0} <= $lw->{y0} + 1 } @right;
    my ($tx0, $tx1, $ty1) = (1e9, -1e9, -1e9);
    for (@title) { $tx0 = $_->{x0} if $_->{x0} < $tx0; $tx1 = $_->{x1} if $_->{x1} > $tx1; $ty1 = $_->{y1} if $_->{y1} > $ty1; }
    my ($x, $y, $w, $h) = @{ $s->{rect} };
    my $top = $H - ($y + $h);
    my $bottom = $H - $y;
    printf "%.3f %.3f %.3f\n", abs(($x + $w / 2) - ($tx0 + $tx1) / 2), $top - $ty1, $nw->{y0} - $bottom;
    exit 0;
}
die "usage\n";
