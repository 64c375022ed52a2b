#!/usr/bin/perl
# A third-party OAI-PMH harvester for the tests: Debian's libhttp-oai-perl (HTTP::OAI), following
# resumption tokens itself. Prints one line per record: identifier, datestamp, status ("deleted"
# or "ok"), sets (comma-separated). Exits non-zero on any protocol or HTTP error.
# Usage: oai-harvest.pl <baseURL> <verb: ListRecords|ListIdentifiers> <metadataPrefix> [set]
use strict;
use warnings;
use HTTP::OAI;

my ($base, $verb, $prefix, $set) = @ARGV;
my $harvester = HTTP::OAI::Harvester->new(baseURL => $base);
my $identify = $harvester->Identify;
die "Identify failed: " . $identify->message . "\n" if $identify->is_error;
$harvester->repository($identify);
die "not OAI-PMH 2.0\n" unless $identify->version eq "2.0";

binmode STDOUT, ":encoding(UTF-8)";
# Records are taken as each page is parsed (onRecord): the harvester then follows every
# resumption token itself.
my %args = (metadataPrefix => $prefix, ($set ? (set => $set) : ()), onRecord => sub {
  my $item = shift;
  my $header = $item->can("header") ? $item->header : $item;
  printf "%s\t%s\t%s\t%s\n", $header->identifier, $header->datestamp, ($header->is_deleted ? "deleted" : "ok"), join(",", $header->setSpec);
});
my $response = $verb eq "ListRecords" ? $harvester->ListRecords(%args) : $harvester->ListIdentifiers(%args);
die "harvest failed: " . $response->code . " " . $response->message . "\n" if $response->is_error;
