# usage (from an audit folder): ../add.sh DOC < rows   (rows: surface ~ occ ~ expected ~ class ~ note); appends to its recall_src.tsv
D="$1"
while IFS= read -r line; do
  [ -z "$line" ] && continue
  printf '%s\t%s\n' "$D" "$(printf '%s' "$line" | sed 's/ ~ /\t/g; s/ ~$/\t/')" >> recall_src.tsv
done
